from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_usage_gpu_memory import ProcessUsageGPUMemory
    from ..models.process_usage_gpu_usage import ProcessUsageGPUUsage


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "decoder",
        "encoder",
        "index",
        "memory_bytes",
        "usage",
    }
)


@_attrs_define
class ProcessUsageGPU:
    """
    Attributes:
        decoder (ProcessUsageGPUUsage):
        encoder (ProcessUsageGPUUsage):
        index (int):
        memory_bytes (ProcessUsageGPUMemory):
        usage (ProcessUsageGPUUsage):
    """

    decoder: ProcessUsageGPUUsage
    encoder: ProcessUsageGPUUsage
    index: int
    memory_bytes: ProcessUsageGPUMemory
    usage: ProcessUsageGPUUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        decoder = self.decoder
        field_dict["decoder"] = decoder.to_dict()
        encoder = self.encoder
        field_dict["encoder"] = encoder.to_dict()
        index = self.index
        field_dict["index"] = index
        memory_bytes = self.memory_bytes
        field_dict["memory_bytes"] = memory_bytes.to_dict()
        usage = self.usage
        field_dict["usage"] = usage.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["decoder"]
        model_.decoder = _models.ProcessUsageGPUUsage.from_dict(value)
        value = src_dict["encoder"]
        model_.encoder = _models.ProcessUsageGPUUsage.from_dict(value)
        model_.index = src_dict["index"]
        value = src_dict["memory_bytes"]
        model_.memory_bytes = _models.ProcessUsageGPUMemory.from_dict(value)
        value = src_dict["usage"]
        model_.usage = _models.ProcessUsageGPUUsage.from_dict(value)
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
