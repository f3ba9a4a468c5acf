from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigDataTls")

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


@_attrs_define
class ConfigDataTls:
    """
    Attributes:
        address (str | Unset):
        auto (bool | Unset):
        cert_file (str | Unset):
        email (str | Unset):
        enable (bool | Unset):
        key_file (str | Unset):
        secret (str | Unset):
        staging (bool | Unset):
    """

    address: str | Unset = UNSET
    auto: bool | Unset = UNSET
    cert_file: str | Unset = UNSET
    email: str | Unset = UNSET
    enable: bool | Unset = UNSET
    key_file: str | Unset = UNSET
    secret: str | Unset = UNSET
    staging: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        auto = self.auto

        cert_file = self.cert_file

        email = self.email

        enable = self.enable

        key_file = self.key_file

        secret = self.secret

        staging = self.staging

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if auto is not UNSET:
            field_dict["auto"] = auto
        if cert_file is not UNSET:
            field_dict["cert_file"] = cert_file
        if email is not UNSET:
            field_dict["email"] = email
        if enable is not UNSET:
            field_dict["enable"] = enable
        if key_file is not UNSET:
            field_dict["key_file"] = key_file
        if secret is not UNSET:
            field_dict["secret"] = secret
        if staging is not UNSET:
            field_dict["staging"] = staging

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        model_.auto = get("auto", UNSET)
        model_.cert_file = get("cert_file", UNSET)
        model_.email = get("email", UNSET)
        model_.enable = get("enable", UNSET)
        model_.key_file = get("key_file", UNSET)
        model_.secret = get("secret", UNSET)
        model_.staging = get("staging", UNSET)
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
