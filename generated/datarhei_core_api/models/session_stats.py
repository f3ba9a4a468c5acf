from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "sessions",
        "traffic_rx_mb",
        "traffic_tx_mb",
    }
)


@_attrs_define
class SessionStats:
    """
    Attributes:
        sessions (int | None):
        traffic_rx_mb (int | None):
        traffic_tx_mb (int | None):
    """

    sessions: int | None = None
    traffic_rx_mb: int | None = None
    traffic_tx_mb: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        sessions = self.sessions
        if sessions is not None:
            field_dict["sessions"] = sessions
        traffic_rx_mb = self.traffic_rx_mb
        if traffic_rx_mb is not None:
            field_dict["traffic_rx_mb"] = traffic_rx_mb
        traffic_tx_mb = self.traffic_tx_mb
        if traffic_tx_mb is not None:
            field_dict["traffic_tx_mb"] = traffic_tx_mb
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.sessions = get("sessions")
        model_.traffic_rx_mb = get("traffic_rx_mb")
        model_.traffic_tx_mb = get("traffic_tx_mb")
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
