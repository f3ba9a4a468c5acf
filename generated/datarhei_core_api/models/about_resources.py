from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.about_gpu_resources import AboutGPUResources


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cpu_core",
        "cpu_limit",
        "cpu_used",
        "gpu",
        "is_throttling",
        "memory_core_bytes",
        "memory_limit_bytes",
        "memory_total_bytes",
        "memory_used_bytes",
        "ncpu",
    }
)

_CONVERT_GPU = _types.array_of(_types.model_of("AboutGPUResources"))


@_attrs_define
class AboutResources:
    """
    Attributes:
        cpu_core (float | None): Current CPU load of the core itself, 0-100*ncpu
        cpu_limit (float | None): Defined CPU load limit, 0-100*ncpu
        cpu_used (float | None): Current CPU load, 0-100*ncpu
        gpu (list[AboutGPUResources] | None): GPU resources
        is_throttling (bool | None): Whether this core is currently throttling
        memory_core_bytes (int | None): Current used memory of the core itself in bytes
        memory_limit_bytes (int | None): Defined memory limit in bytes
        memory_total_bytes (int | None): Total available memory in bytes
        memory_used_bytes (int | None): Currently used memory in bytes
        ncpu (float | None): Number of CPU on this node
    """

    cpu_core: float | None = None
    cpu_limit: float | None = None
    cpu_used: float | None = None
    gpu: list[AboutGPUResources] | None = None
    is_throttling: bool | None = None
    memory_core_bytes: int | None = None
    memory_limit_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    ncpu: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cpu_core = self.cpu_core
        if cpu_core is not None:
            field_dict["cpu_core"] = cpu_core
        cpu_limit = self.cpu_limit
        if cpu_limit is not None:
            field_dict["cpu_limit"] = cpu_limit
        cpu_used = self.cpu_used
        if cpu_used is not None:
            field_dict["cpu_used"] = cpu_used
        gpu = self.gpu
        if gpu is not None:
            field_dict["gpu"] = [item0.to_dict() for item0 in gpu]
        elif "gpu" in self._nulls:
            field_dict["gpu"] = None
        is_throttling = self.is_throttling
        if is_throttling is not None:
            field_dict["is_throttling"] = is_throttling
        memory_core_bytes = self.memory_core_bytes
        if memory_core_bytes is not None:
            field_dict["memory_core_bytes"] = memory_core_bytes
        memory_limit_bytes = self.memory_limit_bytes
        if memory_limit_bytes is not None:
            field_dict["memory_limit_bytes"] = memory_limit_bytes
        memory_total_bytes = self.memory_total_bytes
        if memory_total_bytes is not None:
            field_dict["memory_total_bytes"] = memory_total_bytes
        memory_used_bytes = self.memory_used_bytes
        if memory_used_bytes is not None:
            field_dict["memory_used_bytes"] = memory_used_bytes
        ncpu = self.ncpu
        if ncpu is not None:
            field_dict["ncpu"] = ncpu
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
        model_._nulls = ()
        value = get("cpu_core")
        if value is None:
            if "cpu_core" in src_dict:
                _types.absent(src_dict, "cpu_core", False, False, strict, _KNOWN_KEYS)
            model_.cpu_core = None
        elif value.__class__ is float or value.__class__ is int:
            model_.cpu_core = value
        else:
            model_.cpu_core = _types.fit(
                _types.NUMBER, src_dict, "cpu_core", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("cpu_limit")
        if value is None:
            if "cpu_limit" in src_dict:
                _types.absent(src_dict, "cpu_limit", False, False, strict, _KNOWN_KEYS)
            model_.cpu_limit = None
        elif value.__class__ is float or value.__class__ is int:
            model_.cpu_limit = value
        else:
            model_.cpu_limit = _types.fit(
                _types.NUMBER, src_dict, "cpu_limit", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("cpu_used")
        if value is None:
            if "cpu_used" in src_dict:
                _types.absent(src_dict, "cpu_used", False, False, strict, _KNOWN_KEYS)
            model_.cpu_used = None
        elif value.__class__ is float or value.__class__ is int:
            model_.cpu_used = value
        else:
            model_.cpu_used = _types.fit(
                _types.NUMBER, src_dict, "cpu_used", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("gpu")
        if value is None:
            model_.gpu = None
            if "gpu" in src_dict:
                model_._nulls += ("gpu",)
        elif value.__class__ is list:
            try:
                model_.gpu = [_models.AboutGPUResources._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("gpu", value, src_dict) from None
        else:
            model_.gpu = _types.fit(
                _CONVERT_GPU, src_dict, "gpu", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("is_throttling")
        if value is None:
            if "is_throttling" in src_dict:
                _types.absent(src_dict, "is_throttling", False, False, strict, _KNOWN_KEYS)
            model_.is_throttling = None
        elif value.__class__ is bool:
            model_.is_throttling = value
        else:
            model_.is_throttling = _types.fit(
                _types.BOOLEAN, src_dict, "is_throttling", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("memory_core_bytes")
        if value is None:
            if "memory_core_bytes" in src_dict:
                _types.absent(src_dict, "memory_core_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_core_bytes = None
        elif value.__class__ is int:
            model_.memory_core_bytes = value
        else:
            model_.memory_core_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_core_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("memory_limit_bytes")
        if value is None:
            if "memory_limit_bytes" in src_dict:
                _types.absent(src_dict, "memory_limit_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_limit_bytes = None
        elif value.__class__ is int:
            model_.memory_limit_bytes = value
        else:
            model_.memory_limit_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_limit_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("memory_total_bytes")
        if value is None:
            if "memory_total_bytes" in src_dict:
                _types.absent(src_dict, "memory_total_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_total_bytes = None
        elif value.__class__ is int:
            model_.memory_total_bytes = value
        else:
            model_.memory_total_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_total_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("memory_used_bytes")
        if value is None:
            if "memory_used_bytes" in src_dict:
                _types.absent(src_dict, "memory_used_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_used_bytes = None
        elif value.__class__ is int:
            model_.memory_used_bytes = value
        else:
            model_.memory_used_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_used_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("ncpu")
        if value is None:
            if "ncpu" in src_dict:
                _types.absent(src_dict, "ncpu", False, False, strict, _KNOWN_KEYS)
            model_.ncpu = None
        elif value.__class__ is float or value.__class__ is int:
            model_.ncpu = value
        else:
            model_.ncpu = _types.fit(
                _types.NUMBER, src_dict, "ncpu", value, False, False, strict, _KNOWN_KEYS
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
