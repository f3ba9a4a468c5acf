from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessUsageCPU")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "avg",
        "cur",
        "limit",
        "max",
        "ncpu",
        "throttling",
    }
)


@_attrs_define
class ProcessUsageCPU:
    """
    Attributes:
        avg (float | Unset):
        cur (float | Unset):
        limit (float | Unset):
        max_ (float | Unset):
        ncpu (float | Unset):
        throttling (bool | Unset):
    """

    avg: float | Unset = UNSET
    cur: float | Unset = UNSET
    limit: float | Unset = UNSET
    max_: float | Unset = UNSET
    ncpu: float | Unset = UNSET
    throttling: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg

        cur = self.cur

        limit = self.limit

        max_ = self.max_

        ncpu = self.ncpu

        throttling = self.throttling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg is not UNSET:
            field_dict["avg"] = avg
        if cur is not UNSET:
            field_dict["cur"] = cur
        if limit is not UNSET:
            field_dict["limit"] = limit
        if max_ is not UNSET:
            field_dict["max"] = max_
        if ncpu is not UNSET:
            field_dict["ncpu"] = ncpu
        if throttling is not UNSET:
            field_dict["throttling"] = throttling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.avg = get("avg", UNSET)
        model_.cur = get("cur", UNSET)
        model_.limit = get("limit", UNSET)
        model_.max_ = get("max", UNSET)
        model_.ncpu = get("ncpu", UNSET)
        model_.throttling = get("throttling", UNSET)
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
