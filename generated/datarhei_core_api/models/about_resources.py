from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.about_gpu_resources import AboutGPUResources


T = TypeVar("T", bound="AboutResources")

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


@_attrs_define
class AboutResources:
    """
    Attributes:
        cpu_core (float | Unset): Current CPU load of the core itself, 0-100*ncpu
        cpu_limit (float | Unset): Defined CPU load limit, 0-100*ncpu
        cpu_used (float | Unset): Current CPU load, 0-100*ncpu
        gpu (list[AboutGPUResources] | None | Unset): GPU resources
        is_throttling (bool | Unset): Whether this core is currently throttling
        memory_core_bytes (int | Unset): Current used memory of the core itself in bytes
        memory_limit_bytes (int | Unset): Defined memory limit in bytes
        memory_total_bytes (int | Unset): Total available memory in bytes
        memory_used_bytes (int | Unset): Currently used memory in bytes
        ncpu (float | Unset): Number of CPU on this node
    """

    cpu_core: float | Unset = UNSET
    cpu_limit: float | Unset = UNSET
    cpu_used: float | Unset = UNSET
    gpu: list[AboutGPUResources] | None | Unset = UNSET
    is_throttling: bool | Unset = UNSET
    memory_core_bytes: int | Unset = UNSET
    memory_limit_bytes: int | Unset = UNSET
    memory_total_bytes: int | Unset = UNSET
    memory_used_bytes: int | Unset = UNSET
    ncpu: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_core = self.cpu_core

        cpu_limit = self.cpu_limit

        cpu_used = self.cpu_used

        gpu: list[dict[str, Any]] | None | Unset
        if isinstance(self.gpu, Unset):
            gpu = UNSET
        elif isinstance(self.gpu, list):
            gpu = []
            for gpu_type_0_item_data in self.gpu:
                gpu_type_0_item = gpu_type_0_item_data.to_dict()
                gpu.append(gpu_type_0_item)

        else:
            gpu = self.gpu

        is_throttling = self.is_throttling

        memory_core_bytes = self.memory_core_bytes

        memory_limit_bytes = self.memory_limit_bytes

        memory_total_bytes = self.memory_total_bytes

        memory_used_bytes = self.memory_used_bytes

        ncpu = self.ncpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_core is not UNSET:
            field_dict["cpu_core"] = cpu_core
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if cpu_used is not UNSET:
            field_dict["cpu_used"] = cpu_used
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if is_throttling is not UNSET:
            field_dict["is_throttling"] = is_throttling
        if memory_core_bytes is not UNSET:
            field_dict["memory_core_bytes"] = memory_core_bytes
        if memory_limit_bytes is not UNSET:
            field_dict["memory_limit_bytes"] = memory_limit_bytes
        if memory_total_bytes is not UNSET:
            field_dict["memory_total_bytes"] = memory_total_bytes
        if memory_used_bytes is not UNSET:
            field_dict["memory_used_bytes"] = memory_used_bytes
        if ncpu is not UNSET:
            field_dict["ncpu"] = ncpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.cpu_core = get("cpu_core", UNSET)
        model_.cpu_limit = get("cpu_limit", UNSET)
        model_.cpu_used = get("cpu_used", UNSET)
        value = get("gpu", UNSET)
        model_.gpu = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.AboutGPUResources.from_dict(item0) for item0 in value]
            )
        )
        model_.is_throttling = get("is_throttling", UNSET)
        model_.memory_core_bytes = get("memory_core_bytes", UNSET)
        model_.memory_limit_bytes = get("memory_limit_bytes", UNSET)
        model_.memory_total_bytes = get("memory_total_bytes", UNSET)
        model_.memory_used_bytes = get("memory_used_bytes", UNSET)
        model_.ncpu = get("ncpu", UNSET)
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
