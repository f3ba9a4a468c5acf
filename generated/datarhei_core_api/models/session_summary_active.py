from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session import Session


T = TypeVar("T", bound="SessionSummaryActive")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bandwidth_rx_mbit",
        "bandwidth_tx_mbit",
        "list",
        "max_bandwidth_rx_mbit",
        "max_bandwidth_tx_mbit",
        "max_sessions",
        "sessions",
    }
)


@_attrs_define
class SessionSummaryActive:
    """
    Attributes:
        bandwidth_rx_mbit (float | Unset): mbit/s
        bandwidth_tx_mbit (float | Unset): mbit/s
        list_ (list[Session] | None | Unset):
        max_bandwidth_rx_mbit (float | Unset): mbit/s
        max_bandwidth_tx_mbit (float | Unset): mbit/s
        max_sessions (int | Unset):
        sessions (int | Unset):
    """

    bandwidth_rx_mbit: float | Unset = UNSET
    bandwidth_tx_mbit: float | Unset = UNSET
    list_: list[Session] | None | Unset = UNSET
    max_bandwidth_rx_mbit: float | Unset = UNSET
    max_bandwidth_tx_mbit: float | Unset = UNSET
    max_sessions: int | Unset = UNSET
    sessions: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bandwidth_rx_mbit = self.bandwidth_rx_mbit

        bandwidth_tx_mbit = self.bandwidth_tx_mbit

        list_: list[dict[str, Any]] | None | Unset
        if isinstance(self.list_, Unset):
            list_ = UNSET
        elif isinstance(self.list_, list):
            list_ = []
            for list_type_0_item_data in self.list_:
                list_type_0_item = list_type_0_item_data.to_dict()
                list_.append(list_type_0_item)

        else:
            list_ = self.list_

        max_bandwidth_rx_mbit = self.max_bandwidth_rx_mbit

        max_bandwidth_tx_mbit = self.max_bandwidth_tx_mbit

        max_sessions = self.max_sessions

        sessions = self.sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bandwidth_rx_mbit is not UNSET:
            field_dict["bandwidth_rx_mbit"] = bandwidth_rx_mbit
        if bandwidth_tx_mbit is not UNSET:
            field_dict["bandwidth_tx_mbit"] = bandwidth_tx_mbit
        if list_ is not UNSET:
            field_dict["list"] = list_
        if max_bandwidth_rx_mbit is not UNSET:
            field_dict["max_bandwidth_rx_mbit"] = max_bandwidth_rx_mbit
        if max_bandwidth_tx_mbit is not UNSET:
            field_dict["max_bandwidth_tx_mbit"] = max_bandwidth_tx_mbit
        if max_sessions is not UNSET:
            field_dict["max_sessions"] = max_sessions
        if sessions is not UNSET:
            field_dict["sessions"] = sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.bandwidth_rx_mbit = get("bandwidth_rx_mbit", UNSET)
        model_.bandwidth_tx_mbit = get("bandwidth_tx_mbit", UNSET)
        value = get("list", UNSET)
        model_.list_ = (
            value
            if value is UNSET
            else (None if value is None else [_models.Session.from_dict(item0) for item0 in value])
        )
        model_.max_bandwidth_rx_mbit = get("max_bandwidth_rx_mbit", UNSET)
        model_.max_bandwidth_tx_mbit = get("max_bandwidth_tx_mbit", UNSET)
        model_.max_sessions = get("max_sessions", UNSET)
        model_.sessions = get("sessions", UNSET)
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
