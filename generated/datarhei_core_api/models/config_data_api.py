from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_api_access import ConfigDataApiAccess
    from ..models.config_data_api_auth import ConfigDataApiAuth


T = TypeVar("T", bound="ConfigDataApi")

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
        access (ConfigDataApiAccess | Unset):
        auth (ConfigDataApiAuth | Unset):
        read_only (bool | Unset):
    """

    access: ConfigDataApiAccess | Unset = UNSET
    auth: ConfigDataApiAuth | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if auth is not UNSET:
            field_dict["auth"] = auth
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("access", UNSET)
        model_.access = value if value is UNSET else _models.ConfigDataApiAccess.from_dict(value)
        value = get("auth", UNSET)
        model_.auth = value if value is UNSET else _models.ConfigDataApiAuth.from_dict(value)
        model_.read_only = get("read_only", UNSET)
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
