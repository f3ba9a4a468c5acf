from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("cpu_usage")
        if value is None:
            if "cpu_usage" in src_dict:
                _types.absent(src_dict, "cpu_usage", False, False, strict, _KNOWN_KEYS)
            model_.cpu_usage = None
        elif value.__class__ is float or value.__class__ is int:
            model_.cpu_usage = value
        else:
            model_.cpu_usage = _types.fit(
                _types.NUMBER, src_dict, "cpu_usage", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("gpu_decoder")
        if value is None:
            if "gpu_decoder" in src_dict:
                _types.absent(src_dict, "gpu_decoder", False, False, strict, _KNOWN_KEYS)
            model_.gpu_decoder = None
        elif value.__class__ is float or value.__class__ is int:
            model_.gpu_decoder = value
        else:
            model_.gpu_decoder = _types.fit(
                _types.NUMBER, src_dict, "gpu_decoder", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("gpu_encoder")
        if value is None:
            if "gpu_encoder" in src_dict:
                _types.absent(src_dict, "gpu_encoder", False, False, strict, _KNOWN_KEYS)
            model_.gpu_encoder = None
        elif value.__class__ is float or value.__class__ is int:
            model_.gpu_encoder = value
        else:
            model_.gpu_encoder = _types.fit(
                _types.NUMBER, src_dict, "gpu_encoder", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("gpu_memory_mbytes")
        if value is None:
            if "gpu_memory_mbytes" in src_dict:
                _types.absent(src_dict, "gpu_memory_mbytes", False, False, strict, _KNOWN_KEYS)
            model_.gpu_memory_mbytes = None
        elif value.__class__ is int:
            model_.gpu_memory_mbytes = value
        else:
            model_.gpu_memory_mbytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "gpu_memory_mbytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("gpu_usage")
        if value is None:
            if "gpu_usage" in src_dict:
                _types.absent(src_dict, "gpu_usage", False, False, strict, _KNOWN_KEYS)
            model_.gpu_usage = None
        elif value.__class__ is float or value.__class__ is int:
            model_.gpu_usage = value
        else:
            model_.gpu_usage = _types.fit(
                _types.NUMBER, src_dict, "gpu_usage", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("log_event_rate")
        if value is None:
            if "log_event_rate" in src_dict:
                _types.absent(src_dict, "log_event_rate", False, False, strict, _KNOWN_KEYS)
            model_.log_event_rate = None
        elif value.__class__ is float or value.__class__ is int:
            model_.log_event_rate = value
        else:
            model_.log_event_rate = _types.fit(
                _types.NUMBER, src_dict, "log_event_rate", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("memory_mbytes")
        if value is None:
            if "memory_mbytes" in src_dict:
                _types.absent(src_dict, "memory_mbytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_mbytes = None
        elif value.__class__ is int:
            model_.memory_mbytes = value
        else:
            model_.memory_mbytes = _types.fit(
                _types.INTEGER, src_dict, "memory_mbytes", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("waitfor_seconds")
        if value is None:
            if "waitfor_seconds" in src_dict:
                _types.absent(src_dict, "waitfor_seconds", False, False, strict, _KNOWN_KEYS)
            model_.waitfor_seconds = None
        elif value.__class__ is int:
            model_.waitfor_seconds = value
        else:
            model_.waitfor_seconds = _types.fit(
                _types.INTEGER,
                src_dict,
                "waitfor_seconds",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
