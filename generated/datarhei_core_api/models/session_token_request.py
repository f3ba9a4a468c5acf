from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_token_request_extra import SessionTokenRequestExtra


T = TypeVar("T", bound="SessionTokenRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "extra",
        "match",
        "remote",
        "token",
        "ttl_sec",
    }
)


@_attrs_define
class SessionTokenRequest:
    """
    Attributes:
        extra (None | SessionTokenRequestExtra | Unset):
        match (str | Unset):
        remote (list[str] | None | Unset):
        token (str | Unset):
        ttl_sec (int | Unset):
    """

    extra: None | SessionTokenRequestExtra | Unset = UNSET
    match: str | Unset = UNSET
    remote: list[str] | None | Unset = UNSET
    token: str | Unset = UNSET
    ttl_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_token_request_extra import SessionTokenRequestExtra  # noqa: PLC0415

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, SessionTokenRequestExtra):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        match = self.match

        remote: list[str] | None | Unset
        if isinstance(self.remote, Unset):
            remote = UNSET
        elif isinstance(self.remote, list):
            remote = self.remote

        else:
            remote = self.remote

        token = self.token

        ttl_sec = self.ttl_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extra is not UNSET:
            field_dict["extra"] = extra
        if match is not UNSET:
            field_dict["match"] = match
        if remote is not UNSET:
            field_dict["remote"] = remote
        if token is not UNSET:
            field_dict["token"] = token
        if ttl_sec is not UNSET:
            field_dict["ttl_sec"] = ttl_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("extra", UNSET)
        model_.extra = (
            value
            if value is UNSET
            else (None if value is None else _models.SessionTokenRequestExtra.from_dict(value))
        )
        model_.match = get("match", UNSET)
        model_.remote = get("remote", UNSET)
        model_.token = get("token", UNSET)
        model_.ttl_sec = get("ttl_sec", UNSET)
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
