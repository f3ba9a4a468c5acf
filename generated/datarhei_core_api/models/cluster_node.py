from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node_core import ClusterNodeCore
    from ..models.cluster_node_resources import ClusterNodeResources


T = TypeVar("T", bound="ClusterNode")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "core",
        "created_at",
        "error",
        "id",
        "last_contact_ms",
        "latency_ms",
        "leader",
        "name",
        "public_domains",
        "resources",
        "status",
        "uptime_seconds",
        "version",
        "voter",
    }
)


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
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        value = get("core", UNSET)
        model_.core = value if value is UNSET else _models.ClusterNodeCore.from_dict(value)
        model_.created_at = get("created_at", UNSET)
        model_.error = get("error", UNSET)
        model_.id = get("id", UNSET)
        model_.last_contact_ms = get("last_contact_ms", UNSET)
        model_.latency_ms = get("latency_ms", UNSET)
        model_.leader = get("leader", UNSET)
        model_.name = get("name", UNSET)
        model_.public_domains = get("public_domains", UNSET)
        value = get("resources", UNSET)
        model_.resources = (
            value if value is UNSET else _models.ClusterNodeResources.from_dict(value)
        )
        model_.status = get("status", UNSET)
        model_.uptime_seconds = get("uptime_seconds", UNSET)
        model_.version = get("version", UNSET)
        model_.voter = get("voter", UNSET)
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
