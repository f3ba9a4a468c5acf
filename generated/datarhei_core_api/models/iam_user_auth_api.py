from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_user_auth_api_auth_0 import IAMUserAuthAPIAuth0


T = TypeVar("T", bound="IAMUserAuthAPI")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth0",
        "userpass",
    }
)


@_attrs_define
class IAMUserAuthAPI:
    """
    Attributes:
        auth0 (IAMUserAuthAPIAuth0 | Unset):
        userpass (str | Unset):
    """

    auth0: IAMUserAuthAPIAuth0 | Unset = UNSET
    userpass: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth0: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth0, Unset):
            auth0 = self.auth0.to_dict()

        userpass = self.userpass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth0 is not UNSET:
            field_dict["auth0"] = auth0
        if userpass is not UNSET:
            field_dict["userpass"] = userpass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("auth0", UNSET)
        model_.auth0 = value if value is UNSET else _models.IAMUserAuthAPIAuth0.from_dict(value)
        model_.userpass = get("userpass", UNSET)
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
