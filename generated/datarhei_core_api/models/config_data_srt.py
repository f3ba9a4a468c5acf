from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.config_data_srt_log import ConfigDataSrtLog


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "enable",
        "log",
        "passphrase",
        "token",
    }
)

_CONVERT_LOG = _types.model_of("ConfigDataSrtLog")


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ConfigDataSrt:
    """
    Attributes:
        address (str | None):
        enable (bool | None):
        log (ConfigDataSrtLog | None):
        passphrase (str | None):
        token (str | None): Deprecated, use IAM
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    enable: bool | None = None
    log: ConfigDataSrtLog | None = None
    passphrase: str | None = _attrs_field(default=None, repr=_redacted)
    token: str | None = _attrs_field(default=None, repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        log = self.log
        if log is not None:
            field_dict["log"] = log.to_dict()
        passphrase = self.passphrase
        if passphrase is not None:
            field_dict["passphrase"] = passphrase
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

        value = get("log")
        if value is None:
            if "log" in src_dict:
                _types.absent(src_dict, "log", False, False, strict, _KNOWN_KEYS)
            model_.log = None
        elif value.__class__ is dict:
            try:
                model_.log = _models.ConfigDataSrtLog._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("log", src_dict) from None
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("passphrase")
        if value is None:
            if "passphrase" in src_dict:
                _types.absent(src_dict, "passphrase", False, False, strict, _KNOWN_KEYS)
            model_.passphrase = None
        elif value.__class__ is str:
            model_.passphrase = value
        else:
            model_.passphrase = _types.fit(
                _types.STRING, src_dict, "passphrase", value, False, False, strict, _KNOWN_KEYS
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
