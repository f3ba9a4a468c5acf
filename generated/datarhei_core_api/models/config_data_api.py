from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_api_access import ConfigDataApiAccess
    from ..models.config_data_api_auth import ConfigDataApiAuth


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access",
        "auth",
        "read_only",
    }
)


@_attrs_define
class ConfigDataApi:
    """
    Attributes:
        access (ConfigDataApiAccess | None):
        auth (ConfigDataApiAuth | None):
        read_only (bool | None):
    """

    access: ConfigDataApiAccess | None = None
    auth: ConfigDataApiAuth | None = None
    read_only: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access = self.access
        if access is not None:
            field_dict["access"] = access.to_dict()
        auth = self.auth
        if auth is not None:
            field_dict["auth"] = auth.to_dict()
        read_only = self.read_only
        if read_only is not None:
            field_dict["read_only"] = read_only
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("access")
        model_.access = None if value is None else _models.ConfigDataApiAccess.from_dict(value)
        value = get("auth")
        model_.auth = None if value is None else _models.ConfigDataApiAuth.from_dict(value)
        model_.read_only = get("read_only")
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
