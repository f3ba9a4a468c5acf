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
        bandwidth_rx_mbit (float | None): mbit/s
        bandwidth_tx_mbit (float | None): mbit/s
        list (list[Session] | None):
        max_bandwidth_rx_mbit (float | None): mbit/s
        max_bandwidth_tx_mbit (float | None): mbit/s
        max_sessions (int | None):
        sessions (int | None):
    """

    bandwidth_rx_mbit: float | None = None
    bandwidth_tx_mbit: float | None = None
    list: builtins.list[Session] | None = None
    max_bandwidth_rx_mbit: float | None = None
    max_bandwidth_tx_mbit: float | None = None
    max_sessions: int | None = None
    sessions: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bandwidth_rx_mbit = self.bandwidth_rx_mbit
        if bandwidth_rx_mbit is not None:
            field_dict["bandwidth_rx_mbit"] = bandwidth_rx_mbit
        bandwidth_tx_mbit = self.bandwidth_tx_mbit
        if bandwidth_tx_mbit is not None:
            field_dict["bandwidth_tx_mbit"] = bandwidth_tx_mbit
        list_ = self.list
        if list_ is not None:
            field_dict["list"] = [item0.to_dict() for item0 in list_]
        elif "list" in self._nulls:
            field_dict["list"] = None
        max_bandwidth_rx_mbit = self.max_bandwidth_rx_mbit
        if max_bandwidth_rx_mbit is not None:
            field_dict["max_bandwidth_rx_mbit"] = max_bandwidth_rx_mbit
        max_bandwidth_tx_mbit = self.max_bandwidth_tx_mbit
        if max_bandwidth_tx_mbit is not None:
            field_dict["max_bandwidth_tx_mbit"] = max_bandwidth_tx_mbit
        max_sessions = self.max_sessions
        if max_sessions is not None:
            field_dict["max_sessions"] = max_sessions
        sessions = self.sessions
        if sessions is not None:
            field_dict["sessions"] = sessions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.bandwidth_rx_mbit = get("bandwidth_rx_mbit")
        model_.bandwidth_tx_mbit = get("bandwidth_tx_mbit")
        value = get("list")
        if value is None:
            model_.list = None
            if "list" in src_dict:
                model_._nulls += ("list",)
        else:
            model_.list = [_models.Session.from_dict(item0) for item0 in value]
        model_.max_bandwidth_rx_mbit = get("max_bandwidth_rx_mbit")
        model_.max_bandwidth_tx_mbit = get("max_bandwidth_tx_mbit")
        model_.max_sessions = get("max_sessions")
        model_.sessions = get("sessions")
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
