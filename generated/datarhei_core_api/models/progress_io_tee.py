from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address")
        model_.fifo_enabled = get("fifo_enabled")
        model_.fifo_recovery_attempts_total = get("fifo_recovery_attempts_total")
        model_.fifo_state = get("fifo_state")
        model_.format = get("format")
        model_.id = get("id")
        model_.state = get("state")
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
