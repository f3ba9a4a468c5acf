from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.cluster_about_leader import ClusterAboutLeader
    from ..models.cluster_node import ClusterNode
    from ..models.cluster_raft import ClusterRaft


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "degraded",
        "degraded_error",
        "id",
        "leader",
        "nodes",
        "public_domains",
        "raft",
        "status",
        "version",
    }
)


@_attrs_define
class ClusterAbout:
    """
    Attributes:
        degraded (bool | None):
        degraded_error (str | None):
        id (str | None):
        leader (ClusterAboutLeader | None):
        nodes (list[ClusterNode] | None):
        public_domains (list[str] | None):
        raft (ClusterRaft | None):
        status (str | None):
        version (str | None):
    """

    degraded: bool | None = None
    degraded_error: str | None = None
    id: str | None = None
    leader: ClusterAboutLeader | None = None
    nodes: list[ClusterNode] | None = None
    public_domains: list[str] | None = None
    raft: ClusterRaft | None = None
    status: str | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        degraded = self.degraded
        if degraded is not None:
            field_dict["degraded"] = degraded
        degraded_error = self.degraded_error
        if degraded_error is not None:
            field_dict["degraded_error"] = degraded_error
        id = self.id
        if id is not None:
            field_dict["id"] = id
        leader = self.leader
        if leader is not None:
            field_dict["leader"] = leader.to_dict()
        nodes = self.nodes
        if nodes is not None:
            field_dict["nodes"] = [item0.to_dict() for item0 in nodes]
        elif "nodes" in self._nulls:
            field_dict["nodes"] = None
        public_domains = self.public_domains
        if public_domains is not None:
            field_dict["public_domains"] = public_domains
        elif "public_domains" in self._nulls:
            field_dict["public_domains"] = None
        raft = self.raft
        if raft is not None:
            field_dict["raft"] = raft.to_dict()
        status = self.status
        if status is not None:
            field_dict["status"] = status
        version = self.version
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.degraded = get("degraded")
        model_.degraded_error = get("degraded_error")
        model_.id = get("id")
        value = get("leader")
        model_.leader = None if value is None else _models.ClusterAboutLeader.from_dict(value)
        value = get("nodes")
        if value is None:
            model_.nodes = None
            if "nodes" in src_dict:
                model_._nulls += ("nodes",)
        else:
            model_.nodes = [_models.ClusterNode.from_dict(item0) for item0 in value]
        value = get("public_domains")
        if value is None:
            model_.public_domains = None
            if "public_domains" in src_dict:
                model_._nulls += ("public_domains",)
        else:
            model_.public_domains = value
        value = get("raft")
        model_.raft = None if value is None else _models.ClusterRaft.from_dict(value)
        model_.status = get("status")
        model_.version = get("version")
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
