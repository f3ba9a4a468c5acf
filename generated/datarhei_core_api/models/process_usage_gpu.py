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
        decoder (ProcessUsageGPUUsage | None):
        encoder (ProcessUsageGPUUsage | None):
        index (int | None):
        memory_bytes (ProcessUsageGPUMemory | None):
        usage (ProcessUsageGPUUsage | None):
    """

    decoder: ProcessUsageGPUUsage | None = None
    encoder: ProcessUsageGPUUsage | None = None
    index: int | None = None
    memory_bytes: ProcessUsageGPUMemory | None = None
    usage: ProcessUsageGPUUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        decoder = self.decoder
        if decoder is not None:
            field_dict["decoder"] = decoder.to_dict()
        encoder = self.encoder
        if encoder is not None:
            field_dict["encoder"] = encoder.to_dict()
        index = self.index
        if index is not None:
            field_dict["index"] = index
        memory_bytes = self.memory_bytes
        if memory_bytes is not None:
            field_dict["memory_bytes"] = memory_bytes.to_dict()
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("decoder")
        model_.decoder = None if value is None else _models.ProcessUsageGPUUsage.from_dict(value)
        value = get("encoder")
        model_.encoder = None if value is None else _models.ProcessUsageGPUUsage.from_dict(value)
        model_.index = get("index")
        value = get("memory_bytes")
        model_.memory_bytes = (
            None if value is None else _models.ProcessUsageGPUMemory.from_dict(value)
        )
        value = get("usage")
        model_.usage = None if value is None else _models.ProcessUsageGPUUsage.from_dict(value)
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
