from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.session_summary_summary_local import SessionSummarySummaryLocal
    from ..models.session_summary_summary_reference import SessionSummarySummaryReference
    from ..models.session_summary_summary_remote import SessionSummarySummaryRemote


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "sessions",
        "traffic_rx_mb",
        "traffic_tx_mb",
        "local",
        "reference",
        "remote",
    }
)


@_attrs_define
class SessionSummarySummary:
    """
    Attributes:
        sessions (int):
        traffic_rx_mb (int):
        traffic_tx_mb (int):
        local (None | SessionSummarySummaryLocal):
        reference (None | SessionSummarySummaryReference):
        remote (None | SessionSummarySummaryRemote):
    """

    sessions: int
    traffic_rx_mb: int
    traffic_tx_mb: int
    local: None | SessionSummarySummaryLocal = None
    reference: None | SessionSummarySummaryReference = None
    remote: None | SessionSummarySummaryRemote = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        sessions = self.sessions
        field_dict["sessions"] = sessions
        traffic_rx_mb = self.traffic_rx_mb
        field_dict["traffic_rx_mb"] = traffic_rx_mb
        traffic_tx_mb = self.traffic_tx_mb
        field_dict["traffic_tx_mb"] = traffic_tx_mb
        local = self.local
        if local is not None:
            field_dict["local"] = local.to_dict()
        elif "local" in self._nulls:
            field_dict["local"] = None
        reference = self.reference
        if reference is not None:
            field_dict["reference"] = reference.to_dict()
        elif "reference" in self._nulls:
            field_dict["reference"] = None
        remote = self.remote
        if remote is not None:
            field_dict["remote"] = remote.to_dict()
        elif "remote" in self._nulls:
            field_dict["remote"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.sessions = src_dict["sessions"]
        model_.traffic_rx_mb = src_dict["traffic_rx_mb"]
        model_.traffic_tx_mb = src_dict["traffic_tx_mb"]
        value = get("local")
        if value is None:
            model_.local = None
            if "local" in src_dict:
                model_._nulls += ("local",)
        else:
            model_.local = _models.SessionSummarySummaryLocal.from_dict(value)
        value = get("reference")
        if value is None:
            model_.reference = None
            if "reference" in src_dict:
                model_._nulls += ("reference",)
        else:
            model_.reference = _models.SessionSummarySummaryReference.from_dict(value)
        value = get("remote")
        if value is None:
            model_.remote = None
            if "remote" in src_dict:
                model_._nulls += ("remote",)
        else:
            model_.remote = _models.SessionSummarySummaryRemote.from_dict(value)
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
