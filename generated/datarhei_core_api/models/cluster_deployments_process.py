from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cluster_deployments_process_action import ClusterDeploymentsProcessAction

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
        domain (str | None):
        error (str | None):
        id (str | None):
        node_id (str | None):
        order (str | None):
        updated_at (int | None):
    """

    action: ClusterDeploymentsProcessAction
    domain: str | None = None
    error: str | None = None
    id: str | None = None
    node_id: str | None = None
    order: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        action = self.action
        field_dict["action"] = str(action)
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        error = self.error
        if error is not None:
            field_dict["error"] = error
        id = self.id
        if id is not None:
            field_dict["id"] = id
        node_id = self.node_id
        if node_id is not None:
            field_dict["node_id"] = node_id
        order = self.order
        if order is not None:
            field_dict["order"] = order
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["action"]
        model_.action = _models.ClusterDeploymentsProcessAction(value)
        model_.domain = get("domain")
        model_.error = get("error")
        model_.id = get("id")
        model_.node_id = get("node_id")
        model_.order = get("order")
        model_.updated_at = get("updated_at")
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
