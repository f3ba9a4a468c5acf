from enum import StrEnum


class PlayoutStatusIOState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
