from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.session_peers_local import SessionPeersLocal


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "local",
        "sessions",
        "traffic_rx_mb",
        "traffic_tx_mb",
    }
)

_CONVERT_LOCAL = _types.model_of("SessionPeersLocal")


@_attrs_define
class SessionPeers:
    """
    Attributes:
        local (None | SessionPeersLocal):
        sessions (int | None):
        traffic_rx_mb (int | None):
        traffic_tx_mb (int | None):
    """

    local: None | SessionPeersLocal = None
    sessions: int | None = None
    traffic_rx_mb: int | None = None
    traffic_tx_mb: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        local = self.local
        if local is not None:
            field_dict["local"] = local.to_dict()
        elif "local" in self._nulls:
            field_dict["local"] = None
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
        value = get("local")
        if value is None:
            model_.local = None
            if "local" in src_dict:
                model_._nulls += ("local",)
        elif value.__class__ is dict:
            try:
                model_.local = _models.SessionPeersLocal._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("local", src_dict) from None
        else:
            model_.local = _types.fit(
                _CONVERT_LOCAL, src_dict, "local", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("sessions")
        if value is None:
            if "sessions" in src_dict:
                _types.absent(src_dict, "sessions", False, False, strict, _KNOWN_KEYS)
            model_.sessions = None
        elif value.__class__ is int:
            model_.sessions = value
        else:
            model_.sessions = _types.fit(
                _types.INTEGER, src_dict, "sessions", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("traffic_rx_mb")
        if value is None:
            if "traffic_rx_mb" in src_dict:
                _types.absent(src_dict, "traffic_rx_mb", False, False, strict, _KNOWN_KEYS)
            model_.traffic_rx_mb = None
        elif value.__class__ is int:
            model_.traffic_rx_mb = value
        else:
            model_.traffic_rx_mb = _types.fit(
                _types.INTEGER, src_dict, "traffic_rx_mb", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("traffic_tx_mb")
        if value is None:
            if "traffic_tx_mb" in src_dict:
                _types.absent(src_dict, "traffic_tx_mb", False, False, strict, _KNOWN_KEYS)
            model_.traffic_tx_mb = None
        elif value.__class__ is int:
            model_.traffic_tx_mb = value
        else:
            model_.traffic_tx_mb = _types.fit(
                _types.INTEGER, src_dict, "traffic_tx_mb", value, False, False, strict, _KNOWN_KEYS
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
