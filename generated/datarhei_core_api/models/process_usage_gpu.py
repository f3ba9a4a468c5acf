from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_usage_gpu_memory import ProcessUsageGPUMemory
    from ..models.process_usage_gpu_usage import ProcessUsageGPUUsage


T = TypeVar("T", bound="ProcessUsageGPU")


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
        from ..models.process_usage_gpu_memory import ProcessUsageGPUMemory  # noqa: PLC0415
        from ..models.process_usage_gpu_usage import ProcessUsageGPUUsage  # noqa: PLC0415

        d = dict(src_dict)
        _decoder = d.pop("decoder", UNSET)
        decoder: ProcessUsageGPUUsage | Unset
        if isinstance(_decoder, Unset):
            decoder = UNSET
        else:
            decoder = ProcessUsageGPUUsage.from_dict(_decoder)

        _encoder = d.pop("encoder", UNSET)
        encoder: ProcessUsageGPUUsage | Unset
        if isinstance(_encoder, Unset):
            encoder = UNSET
        else:
            encoder = ProcessUsageGPUUsage.from_dict(_encoder)

        index = d.pop("index", UNSET)

        _memory_bytes = d.pop("memory_bytes", UNSET)
        memory_bytes: ProcessUsageGPUMemory | Unset
        if isinstance(_memory_bytes, Unset):
            memory_bytes = UNSET
        else:
            memory_bytes = ProcessUsageGPUMemory.from_dict(_memory_bytes)

        _usage = d.pop("usage", UNSET)
        usage: ProcessUsageGPUUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ProcessUsageGPUUsage.from_dict(_usage)

        process_usage_gpu = cls(
            decoder=decoder,
            encoder=encoder,
            index=index,
            memory_bytes=memory_bytes,
            usage=usage,
        )

        process_usage_gpu.additional_properties = d
        return process_usage_gpu

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
