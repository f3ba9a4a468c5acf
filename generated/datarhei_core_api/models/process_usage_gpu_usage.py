from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessUsageGPUUsage")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "avg",
        "cur",
        "limit",
        "max",
    }
)


@_attrs_define
class ProcessUsageGPUUsage:
    """
    Attributes:
        avg (float | Unset):
        cur (float | Unset):
        limit (float | Unset):
        max_ (float | Unset):
    """

    avg: float | Unset = UNSET
    cur: float | Unset = UNSET
    limit: float | Unset = UNSET
    max_: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg

        cur = self.cur

        limit = self.limit

        max_ = self.max_

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.avg = get("avg", UNSET)
        model_.cur = get("cur", UNSET)
        model_.limit = get("limit", UNSET)
        model_.max_ = get("max", UNSET)
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
