from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
class ConfigDataDebug:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.agent_address = get("agent_address")
        model_.auto_max_procs = get("auto_max_procs")
        model_.force_gc = get("force_gc")
        model_.memory_limit_mbytes = get("memory_limit_mbytes")
        model_.profiling = get("profiling")
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
