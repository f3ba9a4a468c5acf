from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.cluster_node_gpu_resources import ClusterNodeGPUResources


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cpu_core",
        "cpu_limit",
        "cpu_used",
        "error",
        "gpu",
        "is_throttling",
        "memory_core_bytes",
        "memory_limit_bytes",
        "memory_total_bytes",
        "memory_used_bytes",
        "ncpu",
    }
)


@_attrs_define
class ClusterNodeResources:
    """
    Attributes:
        cpu_core (float | None): percent 0-100*ncpu
        cpu_limit (float | None): percent 0-100*npcu
        cpu_used (float | None): percent 0-100*npcu
        error (str | None):
        gpu (list[ClusterNodeGPUResources] | None): GPU resources
        is_throttling (bool | None):
        memory_core_bytes (int | None): bytes
        memory_limit_bytes (int | None): bytes
        memory_total_bytes (int | None): bytes
        memory_used_bytes (int | None): bytes
        ncpu (float | None):
    """

    cpu_core: float | None = None
    cpu_limit: float | None = None
    cpu_used: float | None = None
    error: str | None = None
    gpu: list[ClusterNodeGPUResources] | None = None
    is_throttling: bool | None = None
    memory_core_bytes: int | None = None
    memory_limit_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    ncpu: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cpu_core = self.cpu_core
        if cpu_core is not None:
            field_dict["cpu_core"] = cpu_core
        cpu_limit = self.cpu_limit
        if cpu_limit is not None:
            field_dict["cpu_limit"] = cpu_limit
        cpu_used = self.cpu_used
        if cpu_used is not None:
            field_dict["cpu_used"] = cpu_used
        error = self.error
        if error is not None:
            field_dict["error"] = error
        gpu = self.gpu
        if gpu is not None:
            field_dict["gpu"] = [item0.to_dict() for item0 in gpu]
        elif "gpu" in self._nulls:
            field_dict["gpu"] = None
        is_throttling = self.is_throttling
        if is_throttling is not None:
            field_dict["is_throttling"] = is_throttling
        memory_core_bytes = self.memory_core_bytes
        if memory_core_bytes is not None:
            field_dict["memory_core_bytes"] = memory_core_bytes
        memory_limit_bytes = self.memory_limit_bytes
        if memory_limit_bytes is not None:
            field_dict["memory_limit_bytes"] = memory_limit_bytes
        memory_total_bytes = self.memory_total_bytes
        if memory_total_bytes is not None:
            field_dict["memory_total_bytes"] = memory_total_bytes
        memory_used_bytes = self.memory_used_bytes
        if memory_used_bytes is not None:
            field_dict["memory_used_bytes"] = memory_used_bytes
        ncpu = self.ncpu
        if ncpu is not None:
            field_dict["ncpu"] = ncpu
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.cpu_core = get("cpu_core")
        model_.cpu_limit = get("cpu_limit")
        model_.cpu_used = get("cpu_used")
        model_.error = get("error")
        value = get("gpu")
        if value is None:
            model_.gpu = None
            if "gpu" in src_dict:
                model_._nulls += ("gpu",)
        else:
            model_.gpu = [_models.ClusterNodeGPUResources.from_dict(item0) for item0 in value]
        model_.is_throttling = get("is_throttling")
        model_.memory_core_bytes = get("memory_core_bytes")
        model_.memory_limit_bytes = get("memory_limit_bytes")
        model_.memory_total_bytes = get("memory_total_bytes")
        model_.memory_used_bytes = get("memory_used_bytes")
        model_.ncpu = get("ncpu")
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
