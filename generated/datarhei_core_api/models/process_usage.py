from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_usage_cpu import ProcessUsageCPU
    from ..models.process_usage_gpu import ProcessUsageGPU
    from ..models.process_usage_memory import ProcessUsageMemory


T = TypeVar("T", bound="ProcessUsage")


@_attrs_define
class ProcessUsage:
    """
    Attributes:
        cpu_usage (ProcessUsageCPU | Unset):
        gpu (ProcessUsageGPU | Unset):
        memory_bytes (ProcessUsageMemory | Unset):
    """

    cpu_usage: ProcessUsageCPU | Unset = UNSET
    gpu: ProcessUsageGPU | Unset = UNSET
    memory_bytes: ProcessUsageMemory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_usage, Unset):
            cpu_usage = self.cpu_usage.to_dict()

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        memory_bytes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_bytes, Unset):
            memory_bytes = self.memory_bytes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_usage is not UNSET:
            field_dict["cpu_usage"] = cpu_usage
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if memory_bytes is not UNSET:
            field_dict["memory_bytes"] = memory_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.process_usage_cpu import ProcessUsageCPU  # noqa: PLC0415
        from ..models.process_usage_gpu import ProcessUsageGPU  # noqa: PLC0415
        from ..models.process_usage_memory import ProcessUsageMemory  # noqa: PLC0415

        d = dict(src_dict)
        _cpu_usage = d.pop("cpu_usage", UNSET)
        cpu_usage: ProcessUsageCPU | Unset
        if isinstance(_cpu_usage, Unset):
            cpu_usage = UNSET
        else:
            cpu_usage = ProcessUsageCPU.from_dict(_cpu_usage)

        _gpu = d.pop("gpu", UNSET)
        gpu: ProcessUsageGPU | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = ProcessUsageGPU.from_dict(_gpu)

        _memory_bytes = d.pop("memory_bytes", UNSET)
        memory_bytes: ProcessUsageMemory | Unset
        if isinstance(_memory_bytes, Unset):
            memory_bytes = UNSET
        else:
            memory_bytes = ProcessUsageMemory.from_dict(_memory_bytes)

        process_usage = cls(
            cpu_usage=cpu_usage,
            gpu=gpu,
            memory_bytes=memory_bytes,
        )

        process_usage.additional_properties = d
        return process_usage

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
