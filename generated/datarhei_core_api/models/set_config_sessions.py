from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetConfigSessions")

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
        enable (bool | Unset):
        ip_ignorelist (list[str] | None | Unset):
        max_bitrate_mbit (int | Unset):
        max_sessions (int | Unset):
        persist (bool | Unset):
        persist_interval_sec (int | Unset):
        session_log_buffer_sec (int | Unset):
        session_log_path_pattern (str | Unset):
        session_timeout_sec (int | Unset):
    """

    enable: bool | Unset = UNSET
    ip_ignorelist: list[str] | None | Unset = UNSET
    max_bitrate_mbit: int | Unset = UNSET
    max_sessions: int | Unset = UNSET
    persist: bool | Unset = UNSET
    persist_interval_sec: int | Unset = UNSET
    session_log_buffer_sec: int | Unset = UNSET
    session_log_path_pattern: str | Unset = UNSET
    session_timeout_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        ip_ignorelist: list[str] | None | Unset
        if isinstance(self.ip_ignorelist, Unset):
            ip_ignorelist = UNSET
        elif isinstance(self.ip_ignorelist, list):
            ip_ignorelist = self.ip_ignorelist

        else:
            ip_ignorelist = self.ip_ignorelist

        max_bitrate_mbit = self.max_bitrate_mbit

        max_sessions = self.max_sessions

        persist = self.persist

        persist_interval_sec = self.persist_interval_sec

        session_log_buffer_sec = self.session_log_buffer_sec

        session_log_path_pattern = self.session_log_path_pattern

        session_timeout_sec = self.session_timeout_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if ip_ignorelist is not UNSET:
            field_dict["ip_ignorelist"] = ip_ignorelist
        if max_bitrate_mbit is not UNSET:
            field_dict["max_bitrate_mbit"] = max_bitrate_mbit
        if max_sessions is not UNSET:
            field_dict["max_sessions"] = max_sessions
        if persist is not UNSET:
            field_dict["persist"] = persist
        if persist_interval_sec is not UNSET:
            field_dict["persist_interval_sec"] = persist_interval_sec
        if session_log_buffer_sec is not UNSET:
            field_dict["session_log_buffer_sec"] = session_log_buffer_sec
        if session_log_path_pattern is not UNSET:
            field_dict["session_log_path_pattern"] = session_log_path_pattern
        if session_timeout_sec is not UNSET:
            field_dict["session_timeout_sec"] = session_timeout_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.enable = get("enable", UNSET)
        model_.ip_ignorelist = get("ip_ignorelist", UNSET)
        model_.max_bitrate_mbit = get("max_bitrate_mbit", UNSET)
        model_.max_sessions = get("max_sessions", UNSET)
        model_.persist = get("persist", UNSET)
        model_.persist_interval_sec = get("persist_interval_sec", UNSET)
        model_.session_log_buffer_sec = get("session_log_buffer_sec", UNSET)
        model_.session_log_path_pattern = get("session_log_path_pattern", UNSET)
        model_.session_timeout_sec = get("session_timeout_sec", UNSET)
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
