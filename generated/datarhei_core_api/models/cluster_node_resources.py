from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node_gpu_resources import ClusterNodeGPUResources


T = TypeVar("T", bound="ClusterNodeResources")


@_attrs_define
class ClusterNodeResources:
    """
    Attributes:
        cpu_core (float | Unset): percent 0-100*ncpu
        cpu_limit (float | Unset): percent 0-100*npcu
        cpu_used (float | Unset): percent 0-100*npcu
        error (str | Unset):
        gpu (list[ClusterNodeGPUResources] | None | Unset): GPU resources
        is_throttling (bool | Unset):
        memory_core_bytes (int | Unset): bytes
        memory_limit_bytes (int | Unset): bytes
        memory_total_bytes (int | Unset): bytes
        memory_used_bytes (int | Unset): bytes
        ncpu (float | Unset):
    """

    cpu_core: float | Unset = UNSET
    cpu_limit: float | Unset = UNSET
    cpu_used: float | Unset = UNSET
    error: str | Unset = UNSET
    gpu: list[ClusterNodeGPUResources] | None | Unset = UNSET
    is_throttling: bool | Unset = UNSET
    memory_core_bytes: int | Unset = UNSET
    memory_limit_bytes: int | Unset = UNSET
    memory_total_bytes: int | Unset = UNSET
    memory_used_bytes: int | Unset = UNSET
    ncpu: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_core = self.cpu_core

        cpu_limit = self.cpu_limit

        cpu_used = self.cpu_used

        error = self.error

        gpu: list[dict[str, Any]] | None | Unset
        if isinstance(self.gpu, Unset):
            gpu = UNSET
        elif isinstance(self.gpu, list):
            gpu = []
            for gpu_type_0_item_data in self.gpu:
                gpu_type_0_item = gpu_type_0_item_data.to_dict()
                gpu.append(gpu_type_0_item)

        else:
            gpu = self.gpu

        is_throttling = self.is_throttling

        memory_core_bytes = self.memory_core_bytes

        memory_limit_bytes = self.memory_limit_bytes

        memory_total_bytes = self.memory_total_bytes

        memory_used_bytes = self.memory_used_bytes

        ncpu = self.ncpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_core is not UNSET:
            field_dict["cpu_core"] = cpu_core
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if cpu_used is not UNSET:
            field_dict["cpu_used"] = cpu_used
        if error is not UNSET:
            field_dict["error"] = error
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if is_throttling is not UNSET:
            field_dict["is_throttling"] = is_throttling
        if memory_core_bytes is not UNSET:
            field_dict["memory_core_bytes"] = memory_core_bytes
        if memory_limit_bytes is not UNSET:
            field_dict["memory_limit_bytes"] = memory_limit_bytes
        if memory_total_bytes is not UNSET:
            field_dict["memory_total_bytes"] = memory_total_bytes
        if memory_used_bytes is not UNSET:
            field_dict["memory_used_bytes"] = memory_used_bytes
        if ncpu is not UNSET:
            field_dict["ncpu"] = ncpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_node_gpu_resources import ClusterNodeGPUResources  # noqa: PLC0415

        d = dict(src_dict)
        cpu_core = d.pop("cpu_core", UNSET)

        cpu_limit = d.pop("cpu_limit", UNSET)

        cpu_used = d.pop("cpu_used", UNSET)

        error = d.pop("error", UNSET)

        def _parse_gpu(data: object) -> list[ClusterNodeGPUResources] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                gpu_type_0 = []
                _gpu_type_0 = data
                for gpu_type_0_item_data in _gpu_type_0:
                    gpu_type_0_item = ClusterNodeGPUResources.from_dict(gpu_type_0_item_data)

                    gpu_type_0.append(gpu_type_0_item)

                return gpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterNodeGPUResources] | None | Unset, data)

        gpu = _parse_gpu(d.pop("gpu", UNSET))

        is_throttling = d.pop("is_throttling", UNSET)

        memory_core_bytes = d.pop("memory_core_bytes", UNSET)

        memory_limit_bytes = d.pop("memory_limit_bytes", UNSET)

        memory_total_bytes = d.pop("memory_total_bytes", UNSET)

        memory_used_bytes = d.pop("memory_used_bytes", UNSET)

        ncpu = d.pop("ncpu", UNSET)

        cluster_node_resources = cls(
            cpu_core=cpu_core,
            cpu_limit=cpu_limit,
            cpu_used=cpu_used,
            error=error,
            gpu=gpu,
            is_throttling=is_throttling,
            memory_core_bytes=memory_core_bytes,
            memory_limit_bytes=memory_limit_bytes,
            memory_total_bytes=memory_total_bytes,
            memory_used_bytes=memory_used_bytes,
            ncpu=ncpu,
        )

        cluster_node_resources.additional_properties = d
        return cluster_node_resources

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
