from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "msg",
        "ts",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_MSG = _types.array_of(_types.STRING)


@_attrs_define
class SRTLog:
    """
    Attributes:
        msg (list[str] | None):
        ts (int | None):
    """

    msg: list[str] | None = None
    ts: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        msg = self.msg
        if msg is not None:
            field_dict["msg"] = msg
        elif "msg" in self._nulls:
            field_dict["msg"] = None
        ts = self.ts
        if ts is not None:
            field_dict["ts"] = ts
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
        model_._nulls = ()
        value = get("msg")
        if value is None:
            model_.msg = None
            if "msg" in src_dict:
                model_._nulls += ("msg",)
        elif _types.listed(value, _STRING):
            model_.msg = value
        else:
            model_.msg = _types.fit(
                _CONVERT_MSG, src_dict, "msg", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("ts")
        if value is None:
            if "ts" in src_dict:
                _types.absent(src_dict, "ts", False, False, strict, _KNOWN_KEYS)
            model_.ts = None
        elif value.__class__ is int:
            model_.ts = value
        else:
            model_.ts = _types.fit(
                _types.INTEGER, src_dict, "ts", value, False, False, strict, _KNOWN_KEYS
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
