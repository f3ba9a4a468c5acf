from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cluster_deployments_process_action import ClusterDeploymentsProcessAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterDeploymentsProcess")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "action",
        "domain",
        "error",
        "id",
        "node_id",
        "order",
        "updated_at",
    }
)


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
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["action"]
        model_.action = _models.ClusterDeploymentsProcessAction(value)
        model_.domain = get("domain", UNSET)
        model_.error = get("error", UNSET)
        model_.id = get("id", UNSET)
        model_.node_id = get("node_id", UNSET)
        model_.order = get("order", UNSET)
        model_.updated_at = get("updated_at", UNSET)
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
