from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session import Session


T = TypeVar("T", bound="SessionSummaryActive")


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
        from ..models.session import Session  # noqa: PLC0415

        d = dict(src_dict)
        bandwidth_rx_mbit = d.pop("bandwidth_rx_mbit", UNSET)

        bandwidth_tx_mbit = d.pop("bandwidth_tx_mbit", UNSET)

        def _parse_list_(data: object) -> list[Session] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_type_0 = []
                _list_type_0 = data
                for list_type_0_item_data in _list_type_0:
                    list_type_0_item = Session.from_dict(list_type_0_item_data)

                    list_type_0.append(list_type_0_item)

                return list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Session] | None | Unset, data)

        list_ = _parse_list_(d.pop("list", UNSET))

        max_bandwidth_rx_mbit = d.pop("max_bandwidth_rx_mbit", UNSET)

        max_bandwidth_tx_mbit = d.pop("max_bandwidth_tx_mbit", UNSET)

        max_sessions = d.pop("max_sessions", UNSET)

        sessions = d.pop("sessions", UNSET)

        session_summary_active = cls(
            bandwidth_rx_mbit=bandwidth_rx_mbit,
            bandwidth_tx_mbit=bandwidth_tx_mbit,
            list_=list_,
            max_bandwidth_rx_mbit=max_bandwidth_rx_mbit,
            max_bandwidth_tx_mbit=max_bandwidth_tx_mbit,
            max_sessions=max_sessions,
            sessions=sessions,
        )

        session_summary_active.additional_properties = d
        return session_summary_active

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
