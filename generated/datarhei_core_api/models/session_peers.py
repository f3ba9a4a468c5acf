from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_peers_local import SessionPeersLocal


T = TypeVar("T", bound="SessionPeers")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "local",
        "sessions",
        "traffic_rx_mb",
        "traffic_tx_mb",
    }
)


@_attrs_define
class SessionPeers:
    """
    Attributes:
        local (None | SessionPeersLocal | Unset):
        sessions (int | Unset):
        traffic_rx_mb (int | Unset):
        traffic_tx_mb (int | Unset):
    """

    local: None | SessionPeersLocal | Unset = UNSET
    sessions: int | Unset = UNSET
    traffic_rx_mb: int | Unset = UNSET
    traffic_tx_mb: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_peers_local import SessionPeersLocal  # noqa: PLC0415

        local: dict[str, Any] | None | Unset
        if isinstance(self.local, Unset):
            local = UNSET
        elif isinstance(self.local, SessionPeersLocal):
            local = self.local.to_dict()
        else:
            local = self.local

        sessions = self.sessions

        traffic_rx_mb = self.traffic_rx_mb

        traffic_tx_mb = self.traffic_tx_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if local is not UNSET:
            field_dict["local"] = local
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if traffic_rx_mb is not UNSET:
            field_dict["traffic_rx_mb"] = traffic_rx_mb
        if traffic_tx_mb is not UNSET:
            field_dict["traffic_tx_mb"] = traffic_tx_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("local", UNSET)
        model_.local = (
            value
            if value is UNSET
            else (None if value is None else _models.SessionPeersLocal.from_dict(value))
        )
        model_.sessions = get("sessions", UNSET)
        model_.traffic_rx_mb = get("traffic_rx_mb", UNSET)
        model_.traffic_tx_mb = get("traffic_tx_mb", UNSET)
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
