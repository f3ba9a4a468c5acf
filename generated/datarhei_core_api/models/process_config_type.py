from enum import StrEnum


class ProcessConfigType(StrEnum):
    FFMPEG = "ffmpeg"
    VALUE_1 = ""

    def __str__(self) -> str:
        return str(self.value)
