from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_HTTPFLV = _types.model_of("SetConfigRtmpHttpflv")


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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("address")
        if value is None:
            if "address" in src_dict:
                _types.absent(src_dict, "address", False, False, strict, _KNOWN_KEYS)
            model_.address = None
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("address_tls")
        if value is None:
            if "address_tls" in src_dict:
                _types.absent(src_dict, "address_tls", False, False, strict, _KNOWN_KEYS)
            model_.address_tls = None
        elif value.__class__ is str:
            model_.address_tls = value
        else:
            model_.address_tls = _types.fit(
                _types.STRING, src_dict, "address_tls", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("app")
        if value is None:
            if "app" in src_dict:
                _types.absent(src_dict, "app", False, False, strict, _KNOWN_KEYS)
            model_.app = None
        elif value.__class__ is str:
            model_.app = value
        else:
            model_.app = _types.fit(
                _types.STRING, src_dict, "app", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("enable")
        if value is None:
            if "enable" in src_dict:
                _types.absent(src_dict, "enable", False, False, strict, _KNOWN_KEYS)
            model_.enable = None
        elif value.__class__ is bool:
            model_.enable = value
        else:
            model_.enable = _types.fit(
                _types.BOOLEAN, src_dict, "enable", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("enable_tls")
        if value is None:
            if "enable_tls" in src_dict:
                _types.absent(src_dict, "enable_tls", False, False, strict, _KNOWN_KEYS)
            model_.enable_tls = None
        elif value.__class__ is bool:
            model_.enable_tls = value
        else:
            model_.enable_tls = _types.fit(
                _types.BOOLEAN, src_dict, "enable_tls", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("httpflv")
        if value is None:
            if "httpflv" in src_dict:
                _types.absent(src_dict, "httpflv", False, False, strict, _KNOWN_KEYS)
            model_.httpflv = None
        elif value.__class__ is dict:
            try:
                model_.httpflv = _models.SetConfigRtmpHttpflv._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("httpflv", src_dict) from None
        else:
            model_.httpflv = _types.fit(
                _CONVERT_HTTPFLV, src_dict, "httpflv", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("token")
        if value is None:
            if "token" in src_dict:
                _types.absent(src_dict, "token", False, False, strict, _KNOWN_KEYS)
            model_.token = None
        elif value.__class__ is str:
            model_.token = value
        else:
            model_.token = _types.fit(
                _types.STRING, src_dict, "token", value, False, False, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
