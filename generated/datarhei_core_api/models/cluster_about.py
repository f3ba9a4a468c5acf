from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_about_leader import ClusterAboutLeader
    from ..models.cluster_node import ClusterNode
    from ..models.cluster_raft import ClusterRaft


T = TypeVar("T", bound="ClusterAbout")

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
        degraded (bool | Unset):
        degraded_error (str | Unset):
        id (str | Unset):
        leader (ClusterAboutLeader | Unset):
        nodes (list[ClusterNode] | None | Unset):
        public_domains (list[str] | None | Unset):
        raft (ClusterRaft | Unset):
        status (str | Unset):
        version (str | Unset):
    """

    degraded: bool | Unset = UNSET
    degraded_error: str | Unset = UNSET
    id: str | Unset = UNSET
    leader: ClusterAboutLeader | Unset = UNSET
    nodes: list[ClusterNode] | None | Unset = UNSET
    public_domains: list[str] | None | Unset = UNSET
    raft: ClusterRaft | Unset = UNSET
    status: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        degraded = self.degraded

        degraded_error = self.degraded_error

        id = self.id

        leader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leader, Unset):
            leader = self.leader.to_dict()

        nodes: list[dict[str, Any]] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, list):
            nodes = []
            for nodes_type_0_item_data in self.nodes:
                nodes_type_0_item = nodes_type_0_item_data.to_dict()
                nodes.append(nodes_type_0_item)

        else:
            nodes = self.nodes

        public_domains: list[str] | None | Unset
        if isinstance(self.public_domains, Unset):
            public_domains = UNSET
        elif isinstance(self.public_domains, list):
            public_domains = self.public_domains

        else:
            public_domains = self.public_domains

        raft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raft, Unset):
            raft = self.raft.to_dict()

        status = self.status

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if degraded is not UNSET:
            field_dict["degraded"] = degraded
        if degraded_error is not UNSET:
            field_dict["degraded_error"] = degraded_error
        if id is not UNSET:
            field_dict["id"] = id
        if leader is not UNSET:
            field_dict["leader"] = leader
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if public_domains is not UNSET:
            field_dict["public_domains"] = public_domains
        if raft is not UNSET:
            field_dict["raft"] = raft
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.degraded = get("degraded", UNSET)
        model_.degraded_error = get("degraded_error", UNSET)
        model_.id = get("id", UNSET)
        value = get("leader", UNSET)
        model_.leader = value if value is UNSET else _models.ClusterAboutLeader.from_dict(value)
        value = get("nodes", UNSET)
        model_.nodes = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.ClusterNode.from_dict(item0) for item0 in value]
            )
        )
        model_.public_domains = get("public_domains", UNSET)
        value = get("raft", UNSET)
        model_.raft = value if value is UNSET else _models.ClusterRaft.from_dict(value)
        model_.status = get("status", UNSET)
        model_.version = get("version", UNSET)
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
