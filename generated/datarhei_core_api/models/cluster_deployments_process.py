from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_deployments_process_action import ClusterDeploymentsProcessAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterDeploymentsProcess")


@_attrs_define
class ClusterDeploymentsProcess:
    """
    Attributes:
        action (ClusterDeploymentsProcessAction):
        domain (str | Unset):
        error (str | Unset):
        id (str | Unset):
        node_id (str | Unset):
        order (str | Unset):
        updated_at (int | Unset):
    """

    action: ClusterDeploymentsProcessAction
    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    node_id: str | Unset = UNSET
    order: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        domain = self.domain

        error = self.error

        id = self.id

        node_id = self.node_id

        order = self.order

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if order is not UNSET:
            field_dict["order"] = order
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ClusterDeploymentsProcessAction(d.pop("action"))

        domain = d.pop("domain", UNSET)

        error = d.pop("error", UNSET)

        id = d.pop("id", UNSET)

        node_id = d.pop("node_id", UNSET)

        order = d.pop("order", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        cluster_deployments_process = cls(
            action=action,
            domain=domain,
            error=error,
            id=id,
            node_id=node_id,
            order=order,
            updated_at=updated_at,
        )

        cluster_deployments_process.additional_properties = d
        return cluster_deployments_process

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
