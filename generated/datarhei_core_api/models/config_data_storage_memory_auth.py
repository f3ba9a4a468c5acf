from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "enable",
        "password",
        "username",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class ConfigDataStorageMemoryAuth:
    """Deprecated, use IAM

    Attributes:
        enable (bool | None): Deprecated, use IAM
        password (str | None): Deprecated, use IAM
        username (str | None): Deprecated, use IAM
    """

    enable: bool | None = None
    password: str | None = _attrs_field(default=None, repr=_redacted)
    username: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        password = self.password
        if password is not None:
            field_dict["password"] = password
        username = self.username
        if username is not None:
            field_dict["username"] = username
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.enable = get("enable")
        model_.password = get("password")
        model_.username = get("username")
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
