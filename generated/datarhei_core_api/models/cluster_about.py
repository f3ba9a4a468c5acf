from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_about_leader import ClusterAboutLeader
    from ..models.cluster_node import ClusterNode
    from ..models.cluster_raft import ClusterRaft


T = TypeVar("T", bound="ClusterAbout")


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
        from ..models.cluster_about_leader import ClusterAboutLeader  # noqa: PLC0415
        from ..models.cluster_node import ClusterNode  # noqa: PLC0415
        from ..models.cluster_raft import ClusterRaft  # noqa: PLC0415

        d = dict(src_dict)
        degraded = d.pop("degraded", UNSET)

        degraded_error = d.pop("degraded_error", UNSET)

        id = d.pop("id", UNSET)

        _leader = d.pop("leader", UNSET)
        leader: ClusterAboutLeader | Unset
        if isinstance(_leader, Unset):
            leader = UNSET
        else:
            leader = ClusterAboutLeader.from_dict(_leader)

        def _parse_nodes(data: object) -> list[ClusterNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nodes_type_0 = []
                _nodes_type_0 = data
                for nodes_type_0_item_data in _nodes_type_0:
                    nodes_type_0_item = ClusterNode.from_dict(nodes_type_0_item_data)

                    nodes_type_0.append(nodes_type_0_item)

                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterNode] | None | Unset, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))

        def _parse_public_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                public_domains_type_0 = cast(list[str], data)

                return public_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        public_domains = _parse_public_domains(d.pop("public_domains", UNSET))

        _raft = d.pop("raft", UNSET)
        raft: ClusterRaft | Unset
        if isinstance(_raft, Unset):
            raft = UNSET
        else:
            raft = ClusterRaft.from_dict(_raft)

        status = d.pop("status", UNSET)

        version = d.pop("version", UNSET)

        cluster_about = cls(
            degraded=degraded,
            degraded_error=degraded_error,
            id=id,
            leader=leader,
            nodes=nodes,
            public_domains=public_domains,
            raft=raft,
            status=status,
            version=version,
        )

        cluster_about.additional_properties = d
        return cluster_about

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
