from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "agent_address",
        "auto_max_procs",
        "force_gc",
        "memory_limit_mbytes",
        "profiling",
    }
)


@_attrs_define
class SetConfigDebug:
    """
    Attributes:
        agent_address (str | None):
        auto_max_procs (bool | None):
        force_gc (int | None): deprecated, use MemoryLimit instead
        memory_limit_mbytes (int | None):
        profiling (bool | None):
    """

    agent_address: str | None = None
    auto_max_procs: bool | None = None
    force_gc: int | None = None
    memory_limit_mbytes: int | None = None
    profiling: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        agent_address = self.agent_address
        if agent_address is not None:
            field_dict["agent_address"] = agent_address
        auto_max_procs = self.auto_max_procs
        if auto_max_procs is not None:
            field_dict["auto_max_procs"] = auto_max_procs
        force_gc = self.force_gc
        if force_gc is not None:
            field_dict["force_gc"] = force_gc
        memory_limit_mbytes = self.memory_limit_mbytes
        if memory_limit_mbytes is not None:
            field_dict["memory_limit_mbytes"] = memory_limit_mbytes
        profiling = self.profiling
        if profiling is not None:
            field_dict["profiling"] = profiling
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
        value = get("agent_address")
        if value is None:
            if "agent_address" in src_dict:
                _types.absent(src_dict, "agent_address", False, False, strict, _KNOWN_KEYS)
            model_.agent_address = None
        elif value.__class__ is str:
            model_.agent_address = value
        else:
            model_.agent_address = _types.fit(
                _types.STRING, src_dict, "agent_address", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("auto_max_procs")
        if value is None:
            if "auto_max_procs" in src_dict:
                _types.absent(src_dict, "auto_max_procs", False, False, strict, _KNOWN_KEYS)
            model_.auto_max_procs = None
        elif value.__class__ is bool:
            model_.auto_max_procs = value
        else:
            model_.auto_max_procs = _types.fit(
                _types.BOOLEAN, src_dict, "auto_max_procs", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("force_gc")
        if value is None:
            if "force_gc" in src_dict:
                _types.absent(src_dict, "force_gc", False, False, strict, _KNOWN_KEYS)
            model_.force_gc = None
        elif value.__class__ is int:
            model_.force_gc = value
        else:
            model_.force_gc = _types.fit(
                _types.INTEGER, src_dict, "force_gc", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("memory_limit_mbytes")
        if value is None:
            if "memory_limit_mbytes" in src_dict:
                _types.absent(src_dict, "memory_limit_mbytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_limit_mbytes = None
        elif value.__class__ is int:
            model_.memory_limit_mbytes = value
        else:
            model_.memory_limit_mbytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_limit_mbytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("profiling")
        if value is None:
            if "profiling" in src_dict:
                _types.absent(src_dict, "profiling", False, False, strict, _KNOWN_KEYS)
            model_.profiling = None
        elif value.__class__ is bool:
            model_.profiling = value
        else:
            model_.profiling = _types.fit(
                _types.BOOLEAN, src_dict, "profiling", value, False, False, strict, _KNOWN_KEYS
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
