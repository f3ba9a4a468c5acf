from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.enable = get("enable")
        value = get("ip_ignorelist")
        if value is None:
            model_.ip_ignorelist = None
            if "ip_ignorelist" in src_dict:
                model_._nulls += ("ip_ignorelist",)
        else:
            model_.ip_ignorelist = value
        model_.max_bitrate_mbit = get("max_bitrate_mbit")
        model_.max_sessions = get("max_sessions")
        model_.persist = get("persist")
        model_.persist_interval_sec = get("persist_interval_sec")
        model_.session_log_buffer_sec = get("session_log_buffer_sec")
        model_.session_log_path_pattern = get("session_log_path_pattern")
        model_.session_timeout_sec = get("session_timeout_sec")
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
