from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "auto",
        "cert_file",
        "email",
        "enable",
        "key_file",
        "secret",
        "staging",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class SetConfigTls:
    """
    Attributes:
        address (str | None):
        auto (bool | None):
        cert_file (str | None):
        email (str | None):
        enable (bool | None):
        key_file (str | None):
        secret (str | None):
        staging (bool | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    auto: bool | None = None
    cert_file: str | None = None
    email: str | None = None
    enable: bool | None = None
    key_file: str | None = None
    secret: str | None = _attrs_field(default=None, repr=_redacted)
    staging: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        auto = self.auto
        if auto is not None:
            field_dict["auto"] = auto
        cert_file = self.cert_file
        if cert_file is not None:
            field_dict["cert_file"] = cert_file
        email = self.email
        if email is not None:
            field_dict["email"] = email
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        key_file = self.key_file
        if key_file is not None:
            field_dict["key_file"] = key_file
        secret = self.secret
        if secret is not None:
            field_dict["secret"] = secret
        staging = self.staging
        if staging is not None:
            field_dict["staging"] = staging
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

        value = get("auto")
        if value is None:
            if "auto" in src_dict:
                _types.absent(src_dict, "auto", False, False, strict, _KNOWN_KEYS)
            model_.auto = None
        elif value.__class__ is bool:
            model_.auto = value
        else:
            model_.auto = _types.fit(
                _types.BOOLEAN, src_dict, "auto", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("cert_file")
        if value is None:
            if "cert_file" in src_dict:
                _types.absent(src_dict, "cert_file", False, False, strict, _KNOWN_KEYS)
            model_.cert_file = None
        elif value.__class__ is str:
            model_.cert_file = value
        else:
            model_.cert_file = _types.fit(
                _types.STRING, src_dict, "cert_file", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("email")
        if value is None:
            if "email" in src_dict:
                _types.absent(src_dict, "email", False, False, strict, _KNOWN_KEYS)
            model_.email = None
        elif value.__class__ is str:
            model_.email = value
        else:
            model_.email = _types.fit(
                _types.STRING, src_dict, "email", value, False, False, strict, _KNOWN_KEYS
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

        value = get("key_file")
        if value is None:
            if "key_file" in src_dict:
                _types.absent(src_dict, "key_file", False, False, strict, _KNOWN_KEYS)
            model_.key_file = None
        elif value.__class__ is str:
            model_.key_file = value
        else:
            model_.key_file = _types.fit(
                _types.STRING, src_dict, "key_file", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("secret")
        if value is None:
            if "secret" in src_dict:
                _types.absent(src_dict, "secret", False, False, strict, _KNOWN_KEYS)
            model_.secret = None
        elif value.__class__ is str:
            model_.secret = value
        else:
            model_.secret = _types.fit(
                _types.STRING, src_dict, "secret", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("staging")
        if value is None:
            if "staging" in src_dict:
                _types.absent(src_dict, "staging", False, False, strict, _KNOWN_KEYS)
            model_.staging = None
        elif value.__class__ is bool:
            model_.staging = value
        else:
            model_.staging = _types.fit(
                _types.BOOLEAN, src_dict, "staging", value, False, False, strict, _KNOWN_KEYS
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
