from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_CORE = _types.model_of("ClusterNodeCore")
_CONVERT_PUBLIC_DOMAINS = _types.array_of(_types.STRING)
_CONVERT_RESOURCES = _types.model_of("ClusterNodeResources")


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
        model_._nulls = ()
        value = get("address")
        if value is None:
            if "address" in src_dict:
                _types.absent(src_dict, "address", False, False, strict, _KNOWN_KEYS)
            model_.address = None
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("core")
        if value is None:
            if "core" in src_dict:
                _types.absent(src_dict, "core", False, False, strict, _KNOWN_KEYS)
            model_.core = None
        elif value.__class__ is dict:
            try:
                model_.core = _models.ClusterNodeCore._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("core", src_dict) from None
        else:
            model_.core = _types.fit(
                _CONVERT_CORE, src_dict, "core", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("created_at")
        if value is None:
            if "created_at" in src_dict:
                _types.absent(src_dict, "created_at", False, False, strict, _KNOWN_KEYS)
            model_.created_at = None
        elif value.__class__ is str:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.STRING, src_dict, "created_at", value, False, False, strict, _KNOWN_KEYS
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

        value = get("last_contact_ms")
        if value is None:
            if "last_contact_ms" in src_dict:
                _types.absent(src_dict, "last_contact_ms", False, False, strict, _KNOWN_KEYS)
            model_.last_contact_ms = None
        elif value.__class__ is float or value.__class__ is int:
            model_.last_contact_ms = value
        else:
            model_.last_contact_ms = _types.fit(
                _types.NUMBER, src_dict, "last_contact_ms", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("latency_ms")
        if value is None:
            if "latency_ms" in src_dict:
                _types.absent(src_dict, "latency_ms", False, False, strict, _KNOWN_KEYS)
            model_.latency_ms = None
        elif value.__class__ is float or value.__class__ is int:
            model_.latency_ms = value
        else:
            model_.latency_ms = _types.fit(
                _types.NUMBER, src_dict, "latency_ms", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("leader")
        if value is None:
            if "leader" in src_dict:
                _types.absent(src_dict, "leader", False, False, strict, _KNOWN_KEYS)
            model_.leader = None
        elif value.__class__ is bool:
            model_.leader = value
        else:
            model_.leader = _types.fit(
                _types.BOOLEAN, src_dict, "leader", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("public_domains")
        if value is None:
            model_.public_domains = None
            if "public_domains" in src_dict:
                model_._nulls += ("public_domains",)
        elif _types.listed(value, _STRING):
            model_.public_domains = value
        else:
            model_.public_domains = _types.fit(
                _CONVERT_PUBLIC_DOMAINS,
                src_dict,
                "public_domains",
                value,
                False,
                True,
                strict,
                _KNOWN_KEYS,
            )

        value = get("resources")
        if value is None:
            if "resources" in src_dict:
                _types.absent(src_dict, "resources", False, False, strict, _KNOWN_KEYS)
            model_.resources = None
        elif value.__class__ is dict:
            try:
                model_.resources = _models.ClusterNodeResources._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("resources", src_dict) from None
        else:
            model_.resources = _types.fit(
                _CONVERT_RESOURCES, src_dict, "resources", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("status")
        if value is None:
            if "status" in src_dict:
                _types.absent(src_dict, "status", False, False, strict, _KNOWN_KEYS)
            model_.status = None
        elif value.__class__ is str:
            model_.status = value
        else:
            model_.status = _types.fit(
                _types.STRING, src_dict, "status", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("uptime_seconds")
        if value is None:
            if "uptime_seconds" in src_dict:
                _types.absent(src_dict, "uptime_seconds", False, False, strict, _KNOWN_KEYS)
            model_.uptime_seconds = None
        elif value.__class__ is int:
            model_.uptime_seconds = value
        else:
            model_.uptime_seconds = _types.fit(
                _types.INTEGER, src_dict, "uptime_seconds", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("version")
        if value is None:
            if "version" in src_dict:
                _types.absent(src_dict, "version", False, False, strict, _KNOWN_KEYS)
            model_.version = None
        elif value.__class__ is str:
            model_.version = value
        else:
            model_.version = _types.fit(
                _types.STRING, src_dict, "version", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("voter")
        if value is None:
            if "voter" in src_dict:
                _types.absent(src_dict, "voter", False, False, strict, _KNOWN_KEYS)
            model_.voter = None
        elif value.__class__ is bool:
            model_.voter = value
        else:
            model_.voter = _types.fit(
                _types.BOOLEAN, src_dict, "voter", value, False, False, strict, _KNOWN_KEYS
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
