from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "last_contact_ms",
        "log_index",
        "log_term",
        "num_peers",
        "state",
    }
)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ClusterRaft:
    """
    Attributes:
        address (str | None):
        last_contact_ms (float | None): milliseconds
        log_index (int | None):
        log_term (int | None):
        num_peers (int | None):
        state (str | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    last_contact_ms: float | None = None
    log_index: int | None = None
    log_term: int | None = None
    num_peers: int | None = None
    state: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        last_contact_ms = self.last_contact_ms
        if last_contact_ms is not None:
            field_dict["last_contact_ms"] = last_contact_ms
        log_index = self.log_index
        if log_index is not None:
            field_dict["log_index"] = log_index
        log_term = self.log_term
        if log_term is not None:
            field_dict["log_term"] = log_term
        num_peers = self.num_peers
        if num_peers is not None:
            field_dict["num_peers"] = num_peers
        state = self.state
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address")
        model_.last_contact_ms = get("last_contact_ms")
        model_.log_index = get("log_index")
        model_.log_term = get("log_term")
        model_.num_peers = get("num_peers")
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
