from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        avg (float):
        cur (float):
        limit (float):
        max (float):
        ncpu (float):
        throttling (bool):
    """

    avg: float
    cur: float
    limit: float
    max: float
    ncpu: float
    throttling: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        avg = self.avg
        field_dict["avg"] = avg
        cur = self.cur
        field_dict["cur"] = cur
        limit = self.limit
        field_dict["limit"] = limit
        max_ = self.max
        field_dict["max"] = max_
        ncpu = self.ncpu
        field_dict["ncpu"] = ncpu
        throttling = self.throttling
        field_dict["throttling"] = throttling
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
        value = get("avg")
        if value is None:
            model_.avg = _types.absent(src_dict, "avg", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.avg = value
        else:
            model_.avg = _types.fit(
                _types.NUMBER, src_dict, "avg", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("cur")
        if value is None:
            model_.cur = _types.absent(src_dict, "cur", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.cur = value
        else:
            model_.cur = _types.fit(
                _types.NUMBER, src_dict, "cur", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("limit")
        if value is None:
            model_.limit = _types.absent(src_dict, "limit", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.limit = value
        else:
            model_.limit = _types.fit(
                _types.NUMBER, src_dict, "limit", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("max")
        if value is None:
            model_.max = _types.absent(src_dict, "max", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.max = value
        else:
            model_.max = _types.fit(
                _types.NUMBER, src_dict, "max", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("ncpu")
        if value is None:
            model_.ncpu = _types.absent(src_dict, "ncpu", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.ncpu = value
        else:
            model_.ncpu = _types.fit(
                _types.NUMBER, src_dict, "ncpu", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("throttling")
        if value is None:
            model_.throttling = _types.absent(
                src_dict, "throttling", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is bool:
            model_.throttling = value
        else:
            model_.throttling = _types.fit(
                _types.BOOLEAN, src_dict, "throttling", value, True, False, strict, _KNOWN_KEYS
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
