from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.cluster_node_core import ClusterNodeCore
    from ..models.cluster_node_resources import ClusterNodeResources


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


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ClusterNode:
    """
    Attributes:
        address (str | None):
        core (ClusterNodeCore | None):
        created_at (str | None): RFC 3339
        error (str | None):
        id (str | None):
        last_contact_ms (float | None):
        latency_ms (float | None):
        leader (bool | None):
        name (str | None):
        public_domains (list[str] | None):
        resources (ClusterNodeResources | None):
        status (str | None):
        uptime_seconds (int | None):
        version (str | None):
        voter (bool | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    core: ClusterNodeCore | None = None
    created_at: str | None = None
    error: str | None = None
    id: str | None = None
    last_contact_ms: float | None = None
    latency_ms: float | None = None
    leader: bool | None = None
    name: str | None = None
    public_domains: list[str] | None = None
    resources: ClusterNodeResources | None = None
    status: str | None = None
    uptime_seconds: int | None = None
    version: str | None = None
    voter: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        core = self.core
        if core is not None:
            field_dict["core"] = core.to_dict()
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        error = self.error
        if error is not None:
            field_dict["error"] = error
        id = self.id
        if id is not None:
            field_dict["id"] = id
        last_contact_ms = self.last_contact_ms
        if last_contact_ms is not None:
            field_dict["last_contact_ms"] = last_contact_ms
        latency_ms = self.latency_ms
        if latency_ms is not None:
            field_dict["latency_ms"] = latency_ms
        leader = self.leader
        if leader is not None:
            field_dict["leader"] = leader
        name = self.name
        if name is not None:
            field_dict["name"] = name
        public_domains = self.public_domains
        if public_domains is not None:
            field_dict["public_domains"] = public_domains
        elif "public_domains" in self._nulls:
            field_dict["public_domains"] = None
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        status = self.status
        if status is not None:
            field_dict["status"] = status
        uptime_seconds = self.uptime_seconds
        if uptime_seconds is not None:
            field_dict["uptime_seconds"] = uptime_seconds
        version = self.version
        if version is not None:
            field_dict["version"] = version
        voter = self.voter
        if voter is not None:
            field_dict["voter"] = voter
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.address = get("address")
        value = get("core")
        model_.core = None if value is None else _models.ClusterNodeCore.from_dict(value)
        model_.created_at = get("created_at")
        model_.error = get("error")
        model_.id = get("id")
        model_.last_contact_ms = get("last_contact_ms")
        model_.latency_ms = get("latency_ms")
        model_.leader = get("leader")
        model_.name = get("name")
        value = get("public_domains")
        if value is None:
            model_.public_domains = None
            if "public_domains" in src_dict:
                model_._nulls += ("public_domains",)
        else:
            model_.public_domains = value
        value = get("resources")
        model_.resources = None if value is None else _models.ClusterNodeResources.from_dict(value)
        model_.status = get("status")
        model_.uptime_seconds = get("uptime_seconds")
        model_.version = get("version")
        model_.voter = get("voter")
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
