from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_0_tenant import Auth0Tenant


T = TypeVar("T", bound="SetConfigApiAuthAuth0")


@_attrs_define
class SetConfigApiAuthAuth0:
    """
    Attributes:
        enable (bool | Unset):
        tenants (list[Auth0Tenant] | Unset):
    """

    enable: bool | Unset = UNSET
    tenants: list[Auth0Tenant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        tenants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = []
            for tenants_item_data in self.tenants:
                tenants_item = tenants_item_data.to_dict()
                tenants.append(tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if tenants is not UNSET:
            field_dict["tenants"] = tenants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_0_tenant import Auth0Tenant  # noqa: PLC0415

        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        _tenants = d.pop("tenants", UNSET)
        tenants: list[Auth0Tenant] | Unset = UNSET
        if _tenants is not UNSET:
            tenants = []
            for tenants_item_data in _tenants:
                tenants_item = Auth0Tenant.from_dict(tenants_item_data)

                tenants.append(tenants_item)

        set_config_api_auth_auth_0 = cls(
            enable=enable,
            tenants=tenants,
        )

        set_config_api_auth_auth_0.additional_properties = d
        return set_config_api_auth_auth_0

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
