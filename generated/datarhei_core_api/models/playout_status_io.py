from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.playout_status_io_state import PlayoutStatusIOState

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "packet",
        "size_kb",
        "state",
        "time",
    }
)

_CONVERT_STATE = _types.enum_of("PlayoutStatusIOState")


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
        value = get("packet")
        if value is None:
            if "packet" in src_dict:
                _types.absent(src_dict, "packet", False, False, strict, _KNOWN_KEYS)
            model_.packet = None
        elif value.__class__ is int:
            model_.packet = value
        else:
            model_.packet = _types.fit(
                _types.INTEGER, src_dict, "packet", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("size_kb")
        if value is None:
            if "size_kb" in src_dict:
                _types.absent(src_dict, "size_kb", False, False, strict, _KNOWN_KEYS)
            model_.size_kb = None
        elif value.__class__ is int:
            model_.size_kb = value
        else:
            model_.size_kb = _types.fit(
                _types.INTEGER, src_dict, "size_kb", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("state")
        if value is None:
            if "state" in src_dict:
                _types.absent(src_dict, "state", False, False, strict, _KNOWN_KEYS)
            model_.state = None
        else:
            model_.state = _types.fit(
                _CONVERT_STATE, src_dict, "state", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("time")
        if value is None:
            if "time" in src_dict:
                _types.absent(src_dict, "time", False, False, strict, _KNOWN_KEYS)
            model_.time = None
        elif value.__class__ is int:
            model_.time = value
        else:
            model_.time = _types.fit(
                _types.INTEGER, src_dict, "time", value, False, False, strict, _KNOWN_KEYS
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
