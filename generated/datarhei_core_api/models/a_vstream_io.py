from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.a_vstream_io_state import AVstreamIOState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AVstreamIO")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "packet",
        "size_kb",
        "state",
        "time",
    }
)


@_attrs_define
class AVstreamIO:
    """
    Attributes:
        packet (int | Unset):
        size_kb (int | Unset):
        state (AVstreamIOState | Unset):
        time (int | Unset):
    """

    packet: int | Unset = UNSET
    size_kb: int | Unset = UNSET
    state: AVstreamIOState | Unset = UNSET
    time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packet = self.packet

        size_kb = self.size_kb

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packet is not UNSET:
            field_dict["packet"] = packet
        if size_kb is not UNSET:
            field_dict["size_kb"] = size_kb
        if state is not UNSET:
            field_dict["state"] = state
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.packet = get("packet", UNSET)
        model_.size_kb = get("size_kb", UNSET)
        value = get("state", UNSET)
        model_.state = value if value is UNSET else _models.AVstreamIOState(value)
        model_.time = get("time", UNSET)
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
