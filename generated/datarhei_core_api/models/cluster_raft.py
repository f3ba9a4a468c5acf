from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterRaft")

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


@_attrs_define
class ClusterRaft:
    """
    Attributes:
        address (str | Unset):
        last_contact_ms (float | Unset): milliseconds
        log_index (int | Unset):
        log_term (int | Unset):
        num_peers (int | Unset):
        state (str | Unset):
    """

    address: str | Unset = UNSET
    last_contact_ms: float | Unset = UNSET
    log_index: int | Unset = UNSET
    log_term: int | Unset = UNSET
    num_peers: int | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        last_contact_ms = self.last_contact_ms

        log_index = self.log_index

        log_term = self.log_term

        num_peers = self.num_peers

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if last_contact_ms is not UNSET:
            field_dict["last_contact_ms"] = last_contact_ms
        if log_index is not UNSET:
            field_dict["log_index"] = log_index
        if log_term is not UNSET:
            field_dict["log_term"] = log_term
        if num_peers is not UNSET:
            field_dict["num_peers"] = num_peers
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        model_.last_contact_ms = get("last_contact_ms", UNSET)
        model_.log_index = get("log_index", UNSET)
        model_.log_term = get("log_term", UNSET)
        model_.num_peers = get("num_peers", UNSET)
        model_.state = get("state", UNSET)
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
