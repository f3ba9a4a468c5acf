from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressIOTee")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "fifo_enabled",
        "fifo_recovery_attempts_total",
        "fifo_state",
        "format",
        "id",
        "state",
    }
)


@_attrs_define
class ProgressIOTee:
    """
    Attributes:
        address (str | Unset):
        fifo_enabled (bool | Unset):
        fifo_recovery_attempts_total (float | Unset):
        fifo_state (str | Unset):
        format_ (str | Unset):
        id (str | Unset):
        state (str | Unset):
    """

    address: str | Unset = UNSET
    fifo_enabled: bool | Unset = UNSET
    fifo_recovery_attempts_total: float | Unset = UNSET
    fifo_state: str | Unset = UNSET
    format_: str | Unset = UNSET
    id: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        fifo_enabled = self.fifo_enabled

        fifo_recovery_attempts_total = self.fifo_recovery_attempts_total

        fifo_state = self.fifo_state

        format_ = self.format_

        id = self.id

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if fifo_enabled is not UNSET:
            field_dict["fifo_enabled"] = fifo_enabled
        if fifo_recovery_attempts_total is not UNSET:
            field_dict["fifo_recovery_attempts_total"] = fifo_recovery_attempts_total
        if fifo_state is not UNSET:
            field_dict["fifo_state"] = fifo_state
        if format_ is not UNSET:
            field_dict["format"] = format_
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        model_.fifo_enabled = get("fifo_enabled", UNSET)
        model_.fifo_recovery_attempts_total = get("fifo_recovery_attempts_total", UNSET)
        model_.fifo_state = get("fifo_state", UNSET)
        model_.format_ = get("format", UNSET)
        model_.id = get("id", UNSET)
        model_.state = get("state", UNSET)
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
