from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.session_token_request_extra import SessionTokenRequestExtra


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "extra",
        "match",
        "remote",
        "token",
        "ttl_sec",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class SessionTokenRequest:
    """
    Attributes:
        extra (None | SessionTokenRequestExtra):
        match (str | None):
        remote (list[str] | None):
        token (str | None):
        ttl_sec (int | None):
    """

    extra: None | SessionTokenRequestExtra = None
    match: str | None = None
    remote: list[str] | None = None
    token: str | None = _attrs_field(default=None, repr=_redacted)
    ttl_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        extra = self.extra
        if extra is not None:
            field_dict["extra"] = extra.to_dict()
        elif "extra" in self._nulls:
            field_dict["extra"] = None
        match = self.match
        if match is not None:
            field_dict["match"] = match
        remote = self.remote
        if remote is not None:
            field_dict["remote"] = remote
        elif "remote" in self._nulls:
            field_dict["remote"] = None
        token = self.token
        if token is not None:
            field_dict["token"] = token
        ttl_sec = self.ttl_sec
        if ttl_sec is not None:
            field_dict["ttl_sec"] = ttl_sec
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("extra")
        if value is None:
            model_.extra = None
            if "extra" in src_dict:
                model_._nulls += ("extra",)
        else:
            model_.extra = _models.SessionTokenRequestExtra.from_dict(value)
        model_.match = get("match")
        value = get("remote")
        if value is None:
            model_.remote = None
            if "remote" in src_dict:
                model_._nulls += ("remote",)
        else:
            model_.remote = value
        model_.token = get("token")
        model_.ttl_sec = get("ttl_sec")
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
