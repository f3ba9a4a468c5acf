from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessConfigLimits")

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
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.cpu_usage = get("cpu_usage", UNSET)
        model_.gpu_decoder = get("gpu_decoder", UNSET)
        model_.gpu_encoder = get("gpu_encoder", UNSET)
        model_.gpu_memory_mbytes = get("gpu_memory_mbytes", UNSET)
        model_.gpu_usage = get("gpu_usage", UNSET)
        model_.log_event_rate = get("log_event_rate", UNSET)
        model_.memory_mbytes = get("memory_mbytes", UNSET)
        model_.waitfor_seconds = get("waitfor_seconds", UNSET)
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
