from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_usage_cpu import ProcessUsageCPU
    from ..models.process_usage_gpu import ProcessUsageGPU
    from ..models.process_usage_memory import ProcessUsageMemory


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cpu_usage",
        "gpu",
        "memory_bytes",
    }
)


@_attrs_define
class ProcessUsage:
    """
    Attributes:
        cpu_usage (ProcessUsageCPU):
        gpu (ProcessUsageGPU):
        memory_bytes (ProcessUsageMemory):
    """

    cpu_usage: ProcessUsageCPU
    gpu: ProcessUsageGPU
    memory_bytes: ProcessUsageMemory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cpu_usage = self.cpu_usage
        field_dict["cpu_usage"] = cpu_usage.to_dict()
        gpu = self.gpu
        field_dict["gpu"] = gpu.to_dict()
        memory_bytes = self.memory_bytes
        field_dict["memory_bytes"] = memory_bytes.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["cpu_usage"]
        model_.cpu_usage = _models.ProcessUsageCPU.from_dict(value)
        value = src_dict["gpu"]
        model_.gpu = _models.ProcessUsageGPU.from_dict(value)
        value = src_dict["memory_bytes"]
        model_.memory_bytes = _models.ProcessUsageMemory.from_dict(value)
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
