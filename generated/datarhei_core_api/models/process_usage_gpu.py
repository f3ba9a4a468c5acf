from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_DECODER = _types.model_of("ProcessUsageGPUUsage")
_CONVERT_ENCODER = _types.model_of("ProcessUsageGPUUsage")
_CONVERT_MEMORY_BYTES = _types.model_of("ProcessUsageGPUMemory")
_CONVERT_USAGE = _types.model_of("ProcessUsageGPUUsage")


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
        value = get("decoder")
        if value is None:
            model_.decoder = _types.absent(src_dict, "decoder", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.decoder = _models.ProcessUsageGPUUsage._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("decoder", src_dict) from None
        else:
            model_.decoder = _types.fit(
                _CONVERT_DECODER, src_dict, "decoder", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("encoder")
        if value is None:
            model_.encoder = _types.absent(src_dict, "encoder", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.encoder = _models.ProcessUsageGPUUsage._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("encoder", src_dict) from None
        else:
            model_.encoder = _types.fit(
                _CONVERT_ENCODER, src_dict, "encoder", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("index")
        if value is None:
            model_.index = _types.absent(src_dict, "index", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.index = value
        else:
            model_.index = _types.fit(
                _types.INTEGER, src_dict, "index", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("memory_bytes")
        if value is None:
            model_.memory_bytes = _types.absent(
                src_dict, "memory_bytes", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is dict:
            try:
                model_.memory_bytes = _models.ProcessUsageGPUMemory._from_dict(value, strict)
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

        value = get("usage")
        if value is None:
            model_.usage = _types.absent(src_dict, "usage", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.usage = _models.ProcessUsageGPUUsage._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("usage", src_dict) from None
        else:
            model_.usage = _types.fit(
                _CONVERT_USAGE, src_dict, "usage", value, True, False, strict, _KNOWN_KEYS
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
