from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address")
        model_.auto = get("auto")
        model_.cert_file = get("cert_file")
        model_.email = get("email")
        model_.enable = get("enable")
        model_.key_file = get("key_file")
        model_.secret = get("secret")
        model_.staging = get("staging")
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
