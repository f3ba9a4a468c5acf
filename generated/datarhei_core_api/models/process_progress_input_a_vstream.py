from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        drop (int | None):
        dup (int | None):
        enabled (bool | None):
        enc (int | None):
        looping (bool | None):
        time (int | None):
    """

    drop: int | None = None
    dup: int | None = None
    enabled: bool | None = None
    enc: int | None = None
    looping: bool | None = None
    time: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        drop = self.drop
        if drop is not None:
            field_dict["drop"] = drop
        dup = self.dup
        if dup is not None:
            field_dict["dup"] = dup
        enabled = self.enabled
        if enabled is not None:
            field_dict["enabled"] = enabled
        enc = self.enc
        if enc is not None:
            field_dict["enc"] = enc
        looping = self.looping
        if looping is not None:
            field_dict["looping"] = looping
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
        value = get("drop")
        if value is None:
            if "drop" in src_dict:
                _types.absent(src_dict, "drop", False, False, strict, _KNOWN_KEYS)
            model_.drop = None
        elif value.__class__ is int:
            model_.drop = value
        else:
            model_.drop = _types.fit(
                _types.INTEGER, src_dict, "drop", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("dup")
        if value is None:
            if "dup" in src_dict:
                _types.absent(src_dict, "dup", False, False, strict, _KNOWN_KEYS)
            model_.dup = None
        elif value.__class__ is int:
            model_.dup = value
        else:
            model_.dup = _types.fit(
                _types.INTEGER, src_dict, "dup", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("enabled")
        if value is None:
            if "enabled" in src_dict:
                _types.absent(src_dict, "enabled", False, False, strict, _KNOWN_KEYS)
            model_.enabled = None
        elif value.__class__ is bool:
            model_.enabled = value
        else:
            model_.enabled = _types.fit(
                _types.BOOLEAN, src_dict, "enabled", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("enc")
        if value is None:
            if "enc" in src_dict:
                _types.absent(src_dict, "enc", False, False, strict, _KNOWN_KEYS)
            model_.enc = None
        elif value.__class__ is int:
            model_.enc = value
        else:
            model_.enc = _types.fit(
                _types.INTEGER, src_dict, "enc", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("looping")
        if value is None:
            if "looping" in src_dict:
                _types.absent(src_dict, "looping", False, False, strict, _KNOWN_KEYS)
            model_.looping = None
        elif value.__class__ is bool:
            model_.looping = value
        else:
            model_.looping = _types.fit(
                _types.BOOLEAN, src_dict, "looping", value, False, False, strict, _KNOWN_KEYS
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
