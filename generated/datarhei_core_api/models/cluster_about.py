from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_LEADER = _types.model_of("ClusterAboutLeader")
_CONVERT_NODES = _types.array_of(_types.model_of("ClusterNode"))
_CONVERT_PUBLIC_DOMAINS = _types.array_of(_types.STRING)
_CONVERT_RAFT = _types.model_of("ClusterRaft")


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
        value = get("degraded")
        if value is None:
            if "degraded" in src_dict:
                _types.absent(src_dict, "degraded", False, False, strict, _KNOWN_KEYS)
            model_.degraded = None
        elif value.__class__ is bool:
            model_.degraded = value
        else:
            model_.degraded = _types.fit(
                _types.BOOLEAN, src_dict, "degraded", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("degraded_error")
        if value is None:
            if "degraded_error" in src_dict:
                _types.absent(src_dict, "degraded_error", False, False, strict, _KNOWN_KEYS)
            model_.degraded_error = None
        elif value.__class__ is str:
            model_.degraded_error = value
        else:
            model_.degraded_error = _types.fit(
                _types.STRING, src_dict, "degraded_error", value, False, False, strict, _KNOWN_KEYS
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

        value = get("leader")
        if value is None:
            if "leader" in src_dict:
                _types.absent(src_dict, "leader", False, False, strict, _KNOWN_KEYS)
            model_.leader = None
        elif value.__class__ is dict:
            try:
                model_.leader = _models.ClusterAboutLeader._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("leader", src_dict) from None
        else:
            model_.leader = _types.fit(
                _CONVERT_LEADER, src_dict, "leader", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("nodes")
        if value is None:
            model_.nodes = None
            if "nodes" in src_dict:
                model_._nulls += ("nodes",)
        elif value.__class__ is list:
            try:
                model_.nodes = [_models.ClusterNode._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("nodes", value, src_dict) from None
        else:
            model_.nodes = _types.fit(
                _CONVERT_NODES, src_dict, "nodes", value, False, True, strict, _KNOWN_KEYS
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

        value = get("raft")
        if value is None:
            if "raft" in src_dict:
                _types.absent(src_dict, "raft", False, False, strict, _KNOWN_KEYS)
            model_.raft = None
        elif value.__class__ is dict:
            try:
                model_.raft = _models.ClusterRaft._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("raft", src_dict) from None
        else:
            model_.raft = _types.fit(
                _CONVERT_RAFT, src_dict, "raft", value, False, False, strict, _KNOWN_KEYS
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
