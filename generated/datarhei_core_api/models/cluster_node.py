from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node_core import ClusterNodeCore
    from ..models.cluster_node_resources import ClusterNodeResources


T = TypeVar("T", bound="ClusterNode")


@_attrs_define
class ClusterNode:
    """
    Attributes:
        address (str | Unset):
        core (ClusterNodeCore | Unset):
        created_at (str | Unset): RFC 3339
        error (str | Unset):
        id (str | Unset):
        last_contact_ms (float | Unset):
        latency_ms (float | Unset):
        leader (bool | Unset):
        name (str | Unset):
        public_domains (list[str] | None | Unset):
        resources (ClusterNodeResources | Unset):
        status (str | Unset):
        uptime_seconds (int | Unset):
        version (str | Unset):
        voter (bool | Unset):
    """

    address: str | Unset = UNSET
    core: ClusterNodeCore | Unset = UNSET
    created_at: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    last_contact_ms: float | Unset = UNSET
    latency_ms: float | Unset = UNSET
    leader: bool | Unset = UNSET
    name: str | Unset = UNSET
    public_domains: list[str] | None | Unset = UNSET
    resources: ClusterNodeResources | Unset = UNSET
    status: str | Unset = UNSET
    uptime_seconds: int | Unset = UNSET
    version: str | Unset = UNSET
    voter: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        core: dict[str, Any] | Unset = UNSET
        if not isinstance(self.core, Unset):
            core = self.core.to_dict()

        created_at = self.created_at

        error = self.error

        id = self.id

        last_contact_ms = self.last_contact_ms

        latency_ms = self.latency_ms

        leader = self.leader

        name = self.name

        public_domains: list[str] | None | Unset
        if isinstance(self.public_domains, Unset):
            public_domains = UNSET
        elif isinstance(self.public_domains, list):
            public_domains = self.public_domains

        else:
            public_domains = self.public_domains

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        status = self.status

        uptime_seconds = self.uptime_seconds

        version = self.version

        voter = self.voter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if core is not UNSET:
            field_dict["core"] = core
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if last_contact_ms is not UNSET:
            field_dict["last_contact_ms"] = last_contact_ms
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if leader is not UNSET:
            field_dict["leader"] = leader
        if name is not UNSET:
            field_dict["name"] = name
        if public_domains is not UNSET:
            field_dict["public_domains"] = public_domains
        if resources is not UNSET:
            field_dict["resources"] = resources
        if status is not UNSET:
            field_dict["status"] = status
        if uptime_seconds is not UNSET:
            field_dict["uptime_seconds"] = uptime_seconds
        if version is not UNSET:
            field_dict["version"] = version
        if voter is not UNSET:
            field_dict["voter"] = voter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_node_core import ClusterNodeCore  # noqa: PLC0415
        from ..models.cluster_node_resources import ClusterNodeResources  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address", UNSET)

        _core = d.pop("core", UNSET)
        core: ClusterNodeCore | Unset
        if isinstance(_core, Unset):
            core = UNSET
        else:
            core = ClusterNodeCore.from_dict(_core)

        created_at = d.pop("created_at", UNSET)

        error = d.pop("error", UNSET)

        id = d.pop("id", UNSET)

        last_contact_ms = d.pop("last_contact_ms", UNSET)

        latency_ms = d.pop("latency_ms", UNSET)

        leader = d.pop("leader", UNSET)

        name = d.pop("name", UNSET)

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

        _resources = d.pop("resources", UNSET)
        resources: ClusterNodeResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ClusterNodeResources.from_dict(_resources)

        status = d.pop("status", UNSET)

        uptime_seconds = d.pop("uptime_seconds", UNSET)

        version = d.pop("version", UNSET)

        voter = d.pop("voter", UNSET)

        cluster_node = cls(
            address=address,
            core=core,
            created_at=created_at,
            error=error,
            id=id,
            last_contact_ms=last_contact_ms,
            latency_ms=latency_ms,
            leader=leader,
            name=name,
            public_domains=public_domains,
            resources=resources,
            status=status,
            uptime_seconds=uptime_seconds,
            version=version,
            voter=voter,
        )

        cluster_node.additional_properties = d
        return cluster_node

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
