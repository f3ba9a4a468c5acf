from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.session import Session


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bandwidth_rx_mbit",
        "bandwidth_tx_mbit",
        "max_bandwidth_rx_mbit",
        "max_bandwidth_tx_mbit",
        "max_sessions",
        "sessions",
        "list",
    }
)


@_attrs_define
class SessionSummaryActive:
    """
    Attributes:
        bandwidth_rx_mbit (float): mbit/s
        bandwidth_tx_mbit (float): mbit/s
        max_bandwidth_rx_mbit (float): mbit/s
        max_bandwidth_tx_mbit (float): mbit/s
        max_sessions (int):
        sessions (int):
        list (list[Session] | None):
    """

    bandwidth_rx_mbit: float
    bandwidth_tx_mbit: float
    max_bandwidth_rx_mbit: float
    max_bandwidth_tx_mbit: float
    max_sessions: int
    sessions: int
    list: builtins.list[Session] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bandwidth_rx_mbit = self.bandwidth_rx_mbit
        field_dict["bandwidth_rx_mbit"] = bandwidth_rx_mbit
        bandwidth_tx_mbit = self.bandwidth_tx_mbit
        field_dict["bandwidth_tx_mbit"] = bandwidth_tx_mbit
        max_bandwidth_rx_mbit = self.max_bandwidth_rx_mbit
        field_dict["max_bandwidth_rx_mbit"] = max_bandwidth_rx_mbit
        max_bandwidth_tx_mbit = self.max_bandwidth_tx_mbit
        field_dict["max_bandwidth_tx_mbit"] = max_bandwidth_tx_mbit
        max_sessions = self.max_sessions
        field_dict["max_sessions"] = max_sessions
        sessions = self.sessions
        field_dict["sessions"] = sessions
        list_ = self.list
        if list_ is not None:
            field_dict["list"] = [item0.to_dict() for item0 in list_]
        elif "list" in self._nulls:
            field_dict["list"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.bandwidth_rx_mbit = src_dict["bandwidth_rx_mbit"]
        model_.bandwidth_tx_mbit = src_dict["bandwidth_tx_mbit"]
        model_.max_bandwidth_rx_mbit = src_dict["max_bandwidth_rx_mbit"]
        model_.max_bandwidth_tx_mbit = src_dict["max_bandwidth_tx_mbit"]
        model_.max_sessions = src_dict["max_sessions"]
        model_.sessions = src_dict["sessions"]
        value = get("list")
        if value is None:
            model_.list = None
            if "list" in src_dict:
                model_._nulls += ("list",)
        else:
            model_.list = [_models.Session.from_dict(item0) for item0 in value]
        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            model_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_

    @property
    def additional_keys(self) -> builtins.list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
