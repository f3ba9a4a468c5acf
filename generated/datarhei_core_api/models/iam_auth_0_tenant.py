from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IAMAuth0Tenant")


@_attrs_define
class IAMAuth0Tenant:
    """
    Attributes:
        audience (str | Unset):
        client_id (str | Unset):
        domain (str | Unset):
    """

    audience: str | Unset = UNSET
    client_id: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience = self.audience

        client_id = self.client_id

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience is not UNSET:
            field_dict["audience"] = audience
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience = d.pop("audience", UNSET)

        client_id = d.pop("client_id", UNSET)

        domain = d.pop("domain", UNSET)

        iam_auth_0_tenant = cls(
            audience=audience,
            client_id=client_id,
            domain=domain,
        )

        iam_auth_0_tenant.additional_properties = d
        return iam_auth_0_tenant

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
