from __future__ import annotations

from enum import StrEnum


class ConfigDataLogLevel(StrEnum):
    DEBUG = "debug"
    ERROR = "error"
    INFO = "info"
    SILENT = "silent"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> ConfigDataLogLevel | None:
        # A value this client does not know yet (a newer Core) becomes a pseudo-member instead of
        # failing the whole response; it round-trips unchanged through to_dict().
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
