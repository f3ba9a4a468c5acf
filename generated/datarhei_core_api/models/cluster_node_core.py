from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "error",
        "last_contact_ms",
        "latency_ms",
        "status",
        "version",
    }
)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ClusterNodeCore:
    """
    Attributes:
        address (str | None):
        error (str | None):
        last_contact_ms (float | None): milliseconds
        latency_ms (float | None): milliseconds
        status (str | None):
        version (str | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    error: str | None = None
    last_contact_ms: float | None = None
    latency_ms: float | None = None
    status: str | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        error = self.error
        if error is not None:
            field_dict["error"] = error
        last_contact_ms = self.last_contact_ms
        if last_contact_ms is not None:
            field_dict["last_contact_ms"] = last_contact_ms
        latency_ms = self.latency_ms
        if latency_ms is not None:
            field_dict["latency_ms"] = latency_ms
        status = self.status
        if status is not None:
            field_dict["status"] = status
        version = self.version
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address")
        model_.error = get("error")
        model_.last_contact_ms = get("last_contact_ms")
        model_.latency_ms = get("latency_ms")
        model_.status = get("status")
        model_.version = get("version")
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
