from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IAMUserAuthServices")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "basic",
        "session",
        "token",
    }
)


@_attrs_define
class IAMUserAuthServices:
    """
    Attributes:
        basic (list[str] | None | Unset):
        session (list[str] | None | Unset):
        token (list[str] | None | Unset):
    """

    basic: list[str] | None | Unset = UNSET
    session: list[str] | None | Unset = UNSET
    token: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basic: list[str] | None | Unset
        if isinstance(self.basic, Unset):
            basic = UNSET
        elif isinstance(self.basic, list):
            basic = self.basic

        else:
            basic = self.basic

        session: list[str] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, list):
            session = self.session

        else:
            session = self.session

        token: list[str] | None | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        elif isinstance(self.token, list):
            token = self.token

        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic is not UNSET:
            field_dict["basic"] = basic
        if session is not UNSET:
            field_dict["session"] = session
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.basic = get("basic", UNSET)
        model_.session = get("session", UNSET)
        model_.token = get("token", UNSET)
        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            model_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
