from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_usage_gpu_memory import ProcessUsageGPUMemory
    from ..models.process_usage_gpu_usage import ProcessUsageGPUUsage


T = TypeVar("T", bound="ProcessUsageGPU")

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
        decoder (ProcessUsageGPUUsage | Unset):
        encoder (ProcessUsageGPUUsage | Unset):
        index (int | Unset):
        memory_bytes (ProcessUsageGPUMemory | Unset):
        usage (ProcessUsageGPUUsage | Unset):
    """

    decoder: ProcessUsageGPUUsage | Unset = UNSET
    encoder: ProcessUsageGPUUsage | Unset = UNSET
    index: int | Unset = UNSET
    memory_bytes: ProcessUsageGPUMemory | Unset = UNSET
    usage: ProcessUsageGPUUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decoder, Unset):
            decoder = self.decoder.to_dict()

        encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.encoder, Unset):
            encoder = self.encoder.to_dict()

        index = self.index

        memory_bytes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_bytes, Unset):
            memory_bytes = self.memory_bytes.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if decoder is not UNSET:
            field_dict["decoder"] = decoder
        if encoder is not UNSET:
            field_dict["encoder"] = encoder
        if index is not UNSET:
            field_dict["index"] = index
        if memory_bytes is not UNSET:
            field_dict["memory_bytes"] = memory_bytes
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("decoder", UNSET)
        model_.decoder = value if value is UNSET else _models.ProcessUsageGPUUsage.from_dict(value)
        value = get("encoder", UNSET)
        model_.encoder = value if value is UNSET else _models.ProcessUsageGPUUsage.from_dict(value)
        model_.index = get("index", UNSET)
        value = get("memory_bytes", UNSET)
        model_.memory_bytes = (
            value if value is UNSET else _models.ProcessUsageGPUMemory.from_dict(value)
        )
        value = get("usage", UNSET)
        model_.usage = value if value is UNSET else _models.ProcessUsageGPUUsage.from_dict(value)
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
