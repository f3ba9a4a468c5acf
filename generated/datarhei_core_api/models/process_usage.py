from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_usage_cpu import ProcessUsageCPU
    from ..models.process_usage_gpu import ProcessUsageGPU
    from ..models.process_usage_memory import ProcessUsageMemory


T = TypeVar("T", bound="ProcessUsage")

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
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("cpu_usage", UNSET)
        model_.cpu_usage = value if value is UNSET else _models.ProcessUsageCPU.from_dict(value)
        value = get("gpu", UNSET)
        model_.gpu = value if value is UNSET else _models.ProcessUsageGPU.from_dict(value)
        value = get("memory_bytes", UNSET)
        model_.memory_bytes = (
            value if value is UNSET else _models.ProcessUsageMemory.from_dict(value)
        )
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
