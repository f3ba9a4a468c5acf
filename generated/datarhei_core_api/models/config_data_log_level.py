from enum import StrEnum


class ConfigDataLogLevel(StrEnum):
    DEBUG = "debug"
    ERROR = "error"
    INFO = "info"
    SILENT = "silent"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
