from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNodeCore")

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


@_attrs_define
class ClusterNodeCore:
    """
    Attributes:
        address (str | Unset):
        error (str | Unset):
        last_contact_ms (float | Unset): milliseconds
        latency_ms (float | Unset): milliseconds
        status (str | Unset):
        version (str | Unset):
    """

    address: str | Unset = UNSET
    error: str | Unset = UNSET
    last_contact_ms: float | Unset = UNSET
    latency_ms: float | Unset = UNSET
    status: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        error = self.error

        last_contact_ms = self.last_contact_ms

        latency_ms = self.latency_ms

        status = self.status

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if error is not UNSET:
            field_dict["error"] = error
        if last_contact_ms is not UNSET:
            field_dict["last_contact_ms"] = last_contact_ms
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        model_.error = get("error", UNSET)
        model_.last_contact_ms = get("last_contact_ms", UNSET)
        model_.latency_ms = get("latency_ms", UNSET)
        model_.status = get("status", UNSET)
        model_.version = get("version", UNSET)
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
