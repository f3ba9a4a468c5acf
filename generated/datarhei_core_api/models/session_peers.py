from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_peers_local_type_0 import SessionPeersLocalType0


T = TypeVar("T", bound="SessionPeers")


@_attrs_define
class SessionPeers:
    """
    Attributes:
        local (None | SessionPeersLocalType0 | Unset):
        sessions (int | Unset):
        traffic_rx_mb (int | Unset):
        traffic_tx_mb (int | Unset):
    """

    local: None | SessionPeersLocalType0 | Unset = UNSET
    sessions: int | Unset = UNSET
    traffic_rx_mb: int | Unset = UNSET
    traffic_tx_mb: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_peers_local_type_0 import SessionPeersLocalType0  # noqa: PLC0415

        local: dict[str, Any] | None | Unset
        if isinstance(self.local, Unset):
            local = UNSET
        elif isinstance(self.local, SessionPeersLocalType0):
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
        from ..models.session_peers_local_type_0 import SessionPeersLocalType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_local(data: object) -> None | SessionPeersLocalType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                local_type_0 = SessionPeersLocalType0.from_dict(data)

                return local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionPeersLocalType0 | Unset, data)

        local = _parse_local(d.pop("local", UNSET))

        sessions = d.pop("sessions", UNSET)

        traffic_rx_mb = d.pop("traffic_rx_mb", UNSET)

        traffic_tx_mb = d.pop("traffic_tx_mb", UNSET)

        session_peers = cls(
            local=local,
            sessions=sessions,
            traffic_rx_mb=traffic_rx_mb,
            traffic_tx_mb=traffic_tx_mb,
        )

        session_peers.additional_properties = d
        return session_peers

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
