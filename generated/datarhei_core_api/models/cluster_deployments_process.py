from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
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

_CONVERT_ACTION = _types.enum_of("ClusterDeploymentsProcessAction")


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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("action")
        if value is None:
            model_.action = _types.absent(src_dict, "action", True, False, strict, _KNOWN_KEYS)
        else:
            model_.action = _types.fit(
                _CONVERT_ACTION, src_dict, "action", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("domain")
        if value is None:
            if "domain" in src_dict:
                _types.absent(src_dict, "domain", False, False, strict, _KNOWN_KEYS)
            model_.domain = None
        elif value.__class__ is str:
            model_.domain = value
        else:
            model_.domain = _types.fit(
                _types.STRING, src_dict, "domain", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("error")
        if value is None:
            if "error" in src_dict:
                _types.absent(src_dict, "error", False, False, strict, _KNOWN_KEYS)
            model_.error = None
        elif value.__class__ is str:
            model_.error = value
        else:
            model_.error = _types.fit(
                _types.STRING, src_dict, "error", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("node_id")
        if value is None:
            if "node_id" in src_dict:
                _types.absent(src_dict, "node_id", False, False, strict, _KNOWN_KEYS)
            model_.node_id = None
        elif value.__class__ is str:
            model_.node_id = value
        else:
            model_.node_id = _types.fit(
                _types.STRING, src_dict, "node_id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("order")
        if value is None:
            if "order" in src_dict:
                _types.absent(src_dict, "order", False, False, strict, _KNOWN_KEYS)
            model_.order = None
        elif value.__class__ is str:
            model_.order = value
        else:
            model_.order = _types.fit(
                _types.STRING, src_dict, "order", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("updated_at")
        if value is None:
            if "updated_at" in src_dict:
                _types.absent(src_dict, "updated_at", False, False, strict, _KNOWN_KEYS)
            model_.updated_at = None
        elif value.__class__ is int:
            model_.updated_at = value
        else:
            model_.updated_at = _types.fit(
                _types.INTEGER, src_dict, "updated_at", value, False, False, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
