from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_LIST = _types.array_of(_types.model_of("Session"))


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
        value = get("bandwidth_rx_mbit")
        if value is None:
            model_.bandwidth_rx_mbit = _types.absent(
                src_dict, "bandwidth_rx_mbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.bandwidth_rx_mbit = value
        else:
            model_.bandwidth_rx_mbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "bandwidth_rx_mbit",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("bandwidth_tx_mbit")
        if value is None:
            model_.bandwidth_tx_mbit = _types.absent(
                src_dict, "bandwidth_tx_mbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.bandwidth_tx_mbit = value
        else:
            model_.bandwidth_tx_mbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "bandwidth_tx_mbit",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_bandwidth_rx_mbit")
        if value is None:
            model_.max_bandwidth_rx_mbit = _types.absent(
                src_dict, "max_bandwidth_rx_mbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.max_bandwidth_rx_mbit = value
        else:
            model_.max_bandwidth_rx_mbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "max_bandwidth_rx_mbit",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_bandwidth_tx_mbit")
        if value is None:
            model_.max_bandwidth_tx_mbit = _types.absent(
                src_dict, "max_bandwidth_tx_mbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.max_bandwidth_tx_mbit = value
        else:
            model_.max_bandwidth_tx_mbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "max_bandwidth_tx_mbit",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_sessions")
        if value is None:
            model_.max_sessions = _types.absent(
                src_dict, "max_sessions", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.max_sessions = value
        else:
            model_.max_sessions = _types.fit(
                _types.INTEGER, src_dict, "max_sessions", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("sessions")
        if value is None:
            model_.sessions = _types.absent(src_dict, "sessions", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.sessions = value
        else:
            model_.sessions = _types.fit(
                _types.INTEGER, src_dict, "sessions", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("list")
        if value is None:
            model_.list = None
            if "list" in src_dict:
                model_._nulls += ("list",)
        elif value.__class__ is list:
            try:
                model_.list = [_models.Session._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("list", value, src_dict) from None
        else:
            model_.list = _types.fit(
                _CONVERT_LIST, src_dict, "list", value, False, True, strict, _KNOWN_KEYS
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
