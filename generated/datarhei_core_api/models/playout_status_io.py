from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.playout_status_io_state import PlayoutStatusIOState

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "packet",
        "size_kb",
        "state",
        "time",
    }
)


@_attrs_define
class PlayoutStatusIO:
    """
    Attributes:
        packet (int | None):
        size_kb (int | None):
        state (PlayoutStatusIOState | None):
        time (int | None):
    """

    packet: int | None = None
    size_kb: int | None = None
    state: PlayoutStatusIOState | None = None
    time: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        packet = self.packet
        if packet is not None:
            field_dict["packet"] = packet
        size_kb = self.size_kb
        if size_kb is not None:
            field_dict["size_kb"] = size_kb
        state = self.state
        if state is not None:
            field_dict["state"] = str(state)
        time = self.time
        if time is not None:
            field_dict["time"] = time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.packet = get("packet")
        model_.size_kb = get("size_kb")
        value = get("state")
        model_.state = None if value is None else _models.PlayoutStatusIOState(value)
        model_.time = get("time")
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
