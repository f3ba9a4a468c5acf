from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessConfigLimits")


@_attrs_define
class ProcessConfigLimits:
    """
    Attributes:
        cpu_usage (float | Unset): percent 0-100*ncpu
        gpu_decoder (float | Unset): percent 0-100
        gpu_encoder (float | Unset): percent 0-100
        gpu_memory_mbytes (int | Unset): megabytes
        gpu_usage (float | Unset): percent 0-100
        log_event_rate (float | Unset): rate limit for log events
        memory_mbytes (int | Unset): megabytes
        waitfor_seconds (int | Unset): seconds
    """

    cpu_usage: float | Unset = UNSET
    gpu_decoder: float | Unset = UNSET
    gpu_encoder: float | Unset = UNSET
    gpu_memory_mbytes: int | Unset = UNSET
    gpu_usage: float | Unset = UNSET
    log_event_rate: float | Unset = UNSET
    memory_mbytes: int | Unset = UNSET
    waitfor_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_usage = self.cpu_usage

        gpu_decoder = self.gpu_decoder

        gpu_encoder = self.gpu_encoder

        gpu_memory_mbytes = self.gpu_memory_mbytes

        gpu_usage = self.gpu_usage

        log_event_rate = self.log_event_rate

        memory_mbytes = self.memory_mbytes

        waitfor_seconds = self.waitfor_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_usage is not UNSET:
            field_dict["cpu_usage"] = cpu_usage
        if gpu_decoder is not UNSET:
            field_dict["gpu_decoder"] = gpu_decoder
        if gpu_encoder is not UNSET:
            field_dict["gpu_encoder"] = gpu_encoder
        if gpu_memory_mbytes is not UNSET:
            field_dict["gpu_memory_mbytes"] = gpu_memory_mbytes
        if gpu_usage is not UNSET:
            field_dict["gpu_usage"] = gpu_usage
        if log_event_rate is not UNSET:
            field_dict["log_event_rate"] = log_event_rate
        if memory_mbytes is not UNSET:
            field_dict["memory_mbytes"] = memory_mbytes
        if waitfor_seconds is not UNSET:
            field_dict["waitfor_seconds"] = waitfor_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_usage = d.pop("cpu_usage", UNSET)

        gpu_decoder = d.pop("gpu_decoder", UNSET)

        gpu_encoder = d.pop("gpu_encoder", UNSET)

        gpu_memory_mbytes = d.pop("gpu_memory_mbytes", UNSET)

        gpu_usage = d.pop("gpu_usage", UNSET)

        log_event_rate = d.pop("log_event_rate", UNSET)

        memory_mbytes = d.pop("memory_mbytes", UNSET)

        waitfor_seconds = d.pop("waitfor_seconds", UNSET)

        process_config_limits = cls(
            cpu_usage=cpu_usage,
            gpu_decoder=gpu_decoder,
            gpu_encoder=gpu_encoder,
            gpu_memory_mbytes=gpu_memory_mbytes,
            gpu_usage=gpu_usage,
            log_event_rate=log_event_rate,
            memory_mbytes=memory_mbytes,
            waitfor_seconds=waitfor_seconds,
        )

        process_config_limits.additional_properties = d
        return process_config_limits

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
