from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigDataDebug")

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
        agent_address (str | Unset):
        auto_max_procs (bool | Unset):
        force_gc (int | Unset): deprecated, use MemoryLimit instead
        memory_limit_mbytes (int | Unset):
        profiling (bool | Unset):
    """

    agent_address: str | Unset = UNSET
    auto_max_procs: bool | Unset = UNSET
    force_gc: int | Unset = UNSET
    memory_limit_mbytes: int | Unset = UNSET
    profiling: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_address = self.agent_address

        auto_max_procs = self.auto_max_procs

        force_gc = self.force_gc

        memory_limit_mbytes = self.memory_limit_mbytes

        profiling = self.profiling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_address is not UNSET:
            field_dict["agent_address"] = agent_address
        if auto_max_procs is not UNSET:
            field_dict["auto_max_procs"] = auto_max_procs
        if force_gc is not UNSET:
            field_dict["force_gc"] = force_gc
        if memory_limit_mbytes is not UNSET:
            field_dict["memory_limit_mbytes"] = memory_limit_mbytes
        if profiling is not UNSET:
            field_dict["profiling"] = profiling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.agent_address = get("agent_address", UNSET)
        model_.auto_max_procs = get("auto_max_procs", UNSET)
        model_.force_gc = get("force_gc", UNSET)
        model_.memory_limit_mbytes = get("memory_limit_mbytes", UNSET)
        model_.profiling = get("profiling", UNSET)
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
