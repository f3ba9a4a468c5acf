from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessProgressInputAVstream")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "drop",
        "dup",
        "enabled",
        "enc",
        "looping",
        "time",
    }
)


@_attrs_define
class ProcessProgressInputAVstream:
    """
    Attributes:
        drop (int | Unset):
        dup (int | Unset):
        enabled (bool | Unset):
        enc (int | Unset):
        looping (bool | Unset):
        time (int | Unset):
    """

    drop: int | Unset = UNSET
    dup: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    enc: int | Unset = UNSET
    looping: bool | Unset = UNSET
    time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drop = self.drop

        dup = self.dup

        enabled = self.enabled

        enc = self.enc

        looping = self.looping

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if drop is not UNSET:
            field_dict["drop"] = drop
        if dup is not UNSET:
            field_dict["dup"] = dup
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if enc is not UNSET:
            field_dict["enc"] = enc
        if looping is not UNSET:
            field_dict["looping"] = looping
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.drop = get("drop", UNSET)
        model_.dup = get("dup", UNSET)
        model_.enabled = get("enabled", UNSET)
        model_.enc = get("enc", UNSET)
        model_.looping = get("looping", UNSET)
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
