from enum import StrEnum


class CommandCommand(StrEnum):
    RELOAD = "reload"
    RESTART = "restart"
    START = "start"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
