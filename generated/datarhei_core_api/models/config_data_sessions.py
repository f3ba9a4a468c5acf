from __future__ import annotations

from .. import types as _types


class ConfigDataSessions(_types.Model):
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
    ip_ignorelist: list[str] | None = _types.ABSENT
    max_bitrate_mbit: int | None = None
    max_sessions: int | None = None
    persist: bool | None = None
    persist_interval_sec: int | None = None
    session_log_buffer_sec: int | None = None
    session_log_path_pattern: str | None = None
    session_timeout_sec: int | None = None

    _TRACKED = ("ip_ignorelist",)
    __post_init__ = _types.fill_absent
