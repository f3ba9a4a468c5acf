from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "enable",
        "ip_ignorelist",
        "max_bitrate_mbit",
        "max_sessions",
        "persist",
        "persist_interval_sec",
        "session_log_buffer_sec",
        "session_log_path_pattern",
        "session_timeout_sec",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_IP_IGNORELIST = _types.array_of(_types.STRING)


@_attrs_define
class SetConfigSessions:
    """
    Attributes:
        enable (bool | None):
        ip_ignorelist (list[str] | None):
        max_bitrate_mbit (int | None):
        max_sessions (int | None):
        persist (bool | None):
        persist_interval_sec (int | None):
        session_log_buffer_sec (int | None):
        session_log_path_pattern (str | None):
        session_timeout_sec (int | None):
    """

    enable: bool | None = None
    ip_ignorelist: list[str] | None = None
    max_bitrate_mbit: int | None = None
    max_sessions: int | None = None
    persist: bool | None = None
    persist_interval_sec: int | None = None
    session_log_buffer_sec: int | None = None
    session_log_path_pattern: str | None = None
    session_timeout_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        ip_ignorelist = self.ip_ignorelist
        if ip_ignorelist is not None:
            field_dict["ip_ignorelist"] = ip_ignorelist
        elif "ip_ignorelist" in self._nulls:
            field_dict["ip_ignorelist"] = None
        max_bitrate_mbit = self.max_bitrate_mbit
        if max_bitrate_mbit is not None:
            field_dict["max_bitrate_mbit"] = max_bitrate_mbit
        max_sessions = self.max_sessions
        if max_sessions is not None:
            field_dict["max_sessions"] = max_sessions
        persist = self.persist
        if persist is not None:
            field_dict["persist"] = persist
        persist_interval_sec = self.persist_interval_sec
        if persist_interval_sec is not None:
            field_dict["persist_interval_sec"] = persist_interval_sec
        session_log_buffer_sec = self.session_log_buffer_sec
        if session_log_buffer_sec is not None:
            field_dict["session_log_buffer_sec"] = session_log_buffer_sec
        session_log_path_pattern = self.session_log_path_pattern
        if session_log_path_pattern is not None:
            field_dict["session_log_path_pattern"] = session_log_path_pattern
        session_timeout_sec = self.session_timeout_sec
        if session_timeout_sec is not None:
            field_dict["session_timeout_sec"] = session_timeout_sec
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
        value = get("enable")
        if value is None:
            if "enable" in src_dict:
                _types.absent(src_dict, "enable", False, False, strict, _KNOWN_KEYS)
            model_.enable = None
        elif value.__class__ is bool:
            model_.enable = value
        else:
            model_.enable = _types.fit(
                _types.BOOLEAN, src_dict, "enable", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("ip_ignorelist")
        if value is None:
            model_.ip_ignorelist = None
            if "ip_ignorelist" in src_dict:
                model_._nulls += ("ip_ignorelist",)
        elif _types.listed(value, _STRING):
            model_.ip_ignorelist = value
        else:
            model_.ip_ignorelist = _types.fit(
                _CONVERT_IP_IGNORELIST,
                src_dict,
                "ip_ignorelist",
                value,
                False,
                True,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_bitrate_mbit")
        if value is None:
            if "max_bitrate_mbit" in src_dict:
                _types.absent(src_dict, "max_bitrate_mbit", False, False, strict, _KNOWN_KEYS)
            model_.max_bitrate_mbit = None
        elif value.__class__ is int:
            model_.max_bitrate_mbit = value
        else:
            model_.max_bitrate_mbit = _types.fit(
                _types.INTEGER,
                src_dict,
                "max_bitrate_mbit",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_sessions")
        if value is None:
            if "max_sessions" in src_dict:
                _types.absent(src_dict, "max_sessions", False, False, strict, _KNOWN_KEYS)
            model_.max_sessions = None
        elif value.__class__ is int:
            model_.max_sessions = value
        else:
            model_.max_sessions = _types.fit(
                _types.INTEGER, src_dict, "max_sessions", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("persist")
        if value is None:
            if "persist" in src_dict:
                _types.absent(src_dict, "persist", False, False, strict, _KNOWN_KEYS)
            model_.persist = None
        elif value.__class__ is bool:
            model_.persist = value
        else:
            model_.persist = _types.fit(
                _types.BOOLEAN, src_dict, "persist", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("persist_interval_sec")
        if value is None:
            if "persist_interval_sec" in src_dict:
                _types.absent(src_dict, "persist_interval_sec", False, False, strict, _KNOWN_KEYS)
            model_.persist_interval_sec = None
        elif value.__class__ is int:
            model_.persist_interval_sec = value
        else:
            model_.persist_interval_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "persist_interval_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("session_log_buffer_sec")
        if value is None:
            if "session_log_buffer_sec" in src_dict:
                _types.absent(src_dict, "session_log_buffer_sec", False, False, strict, _KNOWN_KEYS)
            model_.session_log_buffer_sec = None
        elif value.__class__ is int:
            model_.session_log_buffer_sec = value
        else:
            model_.session_log_buffer_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "session_log_buffer_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("session_log_path_pattern")
        if value is None:
            if "session_log_path_pattern" in src_dict:
                _types.absent(
                    src_dict, "session_log_path_pattern", False, False, strict, _KNOWN_KEYS
                )
            model_.session_log_path_pattern = None
        elif value.__class__ is str:
            model_.session_log_path_pattern = value
        else:
            model_.session_log_path_pattern = _types.fit(
                _types.STRING,
                src_dict,
                "session_log_path_pattern",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("session_timeout_sec")
        if value is None:
            if "session_timeout_sec" in src_dict:
                _types.absent(src_dict, "session_timeout_sec", False, False, strict, _KNOWN_KEYS)
            model_.session_timeout_sec = None
        elif value.__class__ is int:
            model_.session_timeout_sec = value
        else:
            model_.session_timeout_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "session_timeout_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
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
