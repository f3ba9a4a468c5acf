from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.set_config_rtmp_httpflv import SetConfigRtmpHttpflv


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "address_tls",
        "app",
        "enable",
        "enable_tls",
        "httpflv",
        "token",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class SetConfigRtmp:
    """
    Attributes:
        address (str | None):
        address_tls (str | None):
        app (str | None):
        enable (bool | None):
        enable_tls (bool | None):
        httpflv (SetConfigRtmpHttpflv | None):
        token (str | None): Deprecated, use IAM
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    address_tls: str | None = None
    app: str | None = None
    enable: bool | None = None
    enable_tls: bool | None = None
    httpflv: SetConfigRtmpHttpflv | None = None
    token: str | None = _attrs_field(default=None, repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        address_tls = self.address_tls
        if address_tls is not None:
            field_dict["address_tls"] = address_tls
        app = self.app
        if app is not None:
            field_dict["app"] = app
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        enable_tls = self.enable_tls
        if enable_tls is not None:
            field_dict["enable_tls"] = enable_tls
        httpflv = self.httpflv
        if httpflv is not None:
            field_dict["httpflv"] = httpflv.to_dict()
        token = self.token
        if token is not None:
            field_dict["token"] = token
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address")
        model_.address_tls = get("address_tls")
        model_.app = get("app")
        model_.enable = get("enable")
        model_.enable_tls = get("enable_tls")
        value = get("httpflv")
        model_.httpflv = None if value is None else _models.SetConfigRtmpHttpflv.from_dict(value)
        model_.token = get("token")
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
