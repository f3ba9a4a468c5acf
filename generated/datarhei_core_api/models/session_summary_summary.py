from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_LOCAL = _types.model_of("SessionSummarySummaryLocal")
_CONVERT_REFERENCE = _types.model_of("SessionSummarySummaryReference")
_CONVERT_REMOTE = _types.model_of("SessionSummarySummaryRemote")


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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("sessions")
        if value is None:
            model_.sessions = _types.absent(src_dict, "sessions", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.sessions = value
        else:
            model_.sessions = _types.fit(
                _types.INTEGER, src_dict, "sessions", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("traffic_rx_mb")
        if value is None:
            model_.traffic_rx_mb = _types.absent(
                src_dict, "traffic_rx_mb", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.traffic_rx_mb = value
        else:
            model_.traffic_rx_mb = _types.fit(
                _types.INTEGER, src_dict, "traffic_rx_mb", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("traffic_tx_mb")
        if value is None:
            model_.traffic_tx_mb = _types.absent(
                src_dict, "traffic_tx_mb", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.traffic_tx_mb = value
        else:
            model_.traffic_tx_mb = _types.fit(
                _types.INTEGER, src_dict, "traffic_tx_mb", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("local")
        if value is None:
            model_.local = None
            if "local" in src_dict:
                model_._nulls += ("local",)
        elif value.__class__ is dict:
            try:
                model_.local = _models.SessionSummarySummaryLocal._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("local", src_dict) from None
        else:
            model_.local = _types.fit(
                _CONVERT_LOCAL, src_dict, "local", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("reference")
        if value is None:
            model_.reference = None
            if "reference" in src_dict:
                model_._nulls += ("reference",)
        elif value.__class__ is dict:
            try:
                model_.reference = _models.SessionSummarySummaryReference._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("reference", src_dict) from None
        else:
            model_.reference = _types.fit(
                _CONVERT_REFERENCE, src_dict, "reference", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("remote")
        if value is None:
            model_.remote = None
            if "remote" in src_dict:
                model_._nulls += ("remote",)
        elif value.__class__ is dict:
            try:
                model_.remote = _models.SessionSummarySummaryRemote._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("remote", src_dict) from None
        else:
            model_.remote = _types.fit(
                _CONVERT_REMOTE, src_dict, "remote", value, False, True, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
