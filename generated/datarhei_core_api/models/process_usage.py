from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_CPU_USAGE = _types.model_of("ProcessUsageCPU")
_CONVERT_GPU = _types.model_of("ProcessUsageGPU")
_CONVERT_MEMORY_BYTES = _types.model_of("ProcessUsageMemory")


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
            model_.cpu_usage = _types.absent(
                src_dict, "cpu_usage", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is dict:
            try:
                model_.cpu_usage = _models.ProcessUsageCPU._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("cpu_usage", src_dict) from None
        else:
            model_.cpu_usage = _types.fit(
                _CONVERT_CPU_USAGE, src_dict, "cpu_usage", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("gpu")
        if value is None:
            model_.gpu = _types.absent(src_dict, "gpu", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.gpu = _models.ProcessUsageGPU._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("gpu", src_dict) from None
        else:
            model_.gpu = _types.fit(
                _CONVERT_GPU, src_dict, "gpu", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("memory_bytes")
        if value is None:
            model_.memory_bytes = _types.absent(
                src_dict, "memory_bytes", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is dict:
            try:
                model_.memory_bytes = _models.ProcessUsageMemory._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("memory_bytes", src_dict) from None
        else:
            model_.memory_bytes = _types.fit(
                _CONVERT_MEMORY_BYTES,
                src_dict,
                "memory_bytes",
                value,
                True,
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
