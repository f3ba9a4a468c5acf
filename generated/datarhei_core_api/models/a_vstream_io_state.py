from enum import StrEnum


class AVstreamIOState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
