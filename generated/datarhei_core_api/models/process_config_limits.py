from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cpu_usage",
        "gpu_decoder",
        "gpu_encoder",
        "gpu_memory_mbytes",
        "gpu_usage",
        "log_event_rate",
        "memory_mbytes",
        "waitfor_seconds",
    }
)


@_attrs_define
class ProcessConfigLimits:
    """
    Attributes:
        cpu_usage (float | None): percent 0-100*ncpu
        gpu_decoder (float | None): percent 0-100
        gpu_encoder (float | None): percent 0-100
        gpu_memory_mbytes (int | None): megabytes
        gpu_usage (float | None): percent 0-100
        log_event_rate (float | None): rate limit for log events
        memory_mbytes (int | None): megabytes
        waitfor_seconds (int | None): seconds
    """

    cpu_usage: float | None = None
    gpu_decoder: float | None = None
    gpu_encoder: float | None = None
    gpu_memory_mbytes: int | None = None
    gpu_usage: float | None = None
    log_event_rate: float | None = None
    memory_mbytes: int | None = None
    waitfor_seconds: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cpu_usage = self.cpu_usage
        if cpu_usage is not None:
            field_dict["cpu_usage"] = cpu_usage
        gpu_decoder = self.gpu_decoder
        if gpu_decoder is not None:
            field_dict["gpu_decoder"] = gpu_decoder
        gpu_encoder = self.gpu_encoder
        if gpu_encoder is not None:
            field_dict["gpu_encoder"] = gpu_encoder
        gpu_memory_mbytes = self.gpu_memory_mbytes
        if gpu_memory_mbytes is not None:
            field_dict["gpu_memory_mbytes"] = gpu_memory_mbytes
        gpu_usage = self.gpu_usage
        if gpu_usage is not None:
            field_dict["gpu_usage"] = gpu_usage
        log_event_rate = self.log_event_rate
        if log_event_rate is not None:
            field_dict["log_event_rate"] = log_event_rate
        memory_mbytes = self.memory_mbytes
        if memory_mbytes is not None:
            field_dict["memory_mbytes"] = memory_mbytes
        waitfor_seconds = self.waitfor_seconds
        if waitfor_seconds is not None:
            field_dict["waitfor_seconds"] = waitfor_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.cpu_usage = get("cpu_usage")
        model_.gpu_decoder = get("gpu_decoder")
        model_.gpu_encoder = get("gpu_encoder")
        model_.gpu_memory_mbytes = get("gpu_memory_mbytes")
        model_.gpu_usage = get("gpu_usage")
        model_.log_event_rate = get("log_event_rate")
        model_.memory_mbytes = get("memory_mbytes")
        model_.waitfor_seconds = get("waitfor_seconds")
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
