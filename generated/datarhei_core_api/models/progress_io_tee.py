from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ProgressIOTee:
    """
    Attributes:
        address (str | None):
        fifo_enabled (bool | None):
        fifo_recovery_attempts_total (float | None):
        fifo_state (str | None):
        format (str | None):
        id (str | None):
        state (str | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    fifo_enabled: bool | None = None
    fifo_recovery_attempts_total: float | None = None
    fifo_state: str | None = None
    format: str | None = None
    id: str | None = None
    state: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        fifo_enabled = self.fifo_enabled
        if fifo_enabled is not None:
            field_dict["fifo_enabled"] = fifo_enabled
        fifo_recovery_attempts_total = self.fifo_recovery_attempts_total
        if fifo_recovery_attempts_total is not None:
            field_dict["fifo_recovery_attempts_total"] = fifo_recovery_attempts_total
        fifo_state = self.fifo_state
        if fifo_state is not None:
            field_dict["fifo_state"] = fifo_state
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        id = self.id
        if id is not None:
            field_dict["id"] = id
        state = self.state
        if state is not None:
            field_dict["state"] = state
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
        value = get("address")
        if value is None:
            if "address" in src_dict:
                _types.absent(src_dict, "address", False, False, strict, _KNOWN_KEYS)
            model_.address = None
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("fifo_enabled")
        if value is None:
            if "fifo_enabled" in src_dict:
                _types.absent(src_dict, "fifo_enabled", False, False, strict, _KNOWN_KEYS)
            model_.fifo_enabled = None
        elif value.__class__ is bool:
            model_.fifo_enabled = value
        else:
            model_.fifo_enabled = _types.fit(
                _types.BOOLEAN, src_dict, "fifo_enabled", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("fifo_recovery_attempts_total")
        if value is None:
            if "fifo_recovery_attempts_total" in src_dict:
                _types.absent(
                    src_dict, "fifo_recovery_attempts_total", False, False, strict, _KNOWN_KEYS
                )
            model_.fifo_recovery_attempts_total = None
        elif value.__class__ is float or value.__class__ is int:
            model_.fifo_recovery_attempts_total = value
        else:
            model_.fifo_recovery_attempts_total = _types.fit(
                _types.NUMBER,
                src_dict,
                "fifo_recovery_attempts_total",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("fifo_state")
        if value is None:
            if "fifo_state" in src_dict:
                _types.absent(src_dict, "fifo_state", False, False, strict, _KNOWN_KEYS)
            model_.fifo_state = None
        elif value.__class__ is str:
            model_.fifo_state = value
        else:
            model_.fifo_state = _types.fit(
                _types.STRING, src_dict, "fifo_state", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("format")
        if value is None:
            if "format" in src_dict:
                _types.absent(src_dict, "format", False, False, strict, _KNOWN_KEYS)
            model_.format = None
        elif value.__class__ is str:
            model_.format = value
        else:
            model_.format = _types.fit(
                _types.STRING, src_dict, "format", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("state")
        if value is None:
            if "state" in src_dict:
                _types.absent(src_dict, "state", False, False, strict, _KNOWN_KEYS)
            model_.state = None
        elif value.__class__ is str:
            model_.state = value
        else:
            model_.state = _types.fit(
                _types.STRING, src_dict, "state", value, False, False, strict, _KNOWN_KEYS
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
