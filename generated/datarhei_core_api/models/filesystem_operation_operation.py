from enum import StrEnum


class FilesystemOperationOperation(StrEnum):
    COPY = "copy"
    MOVE = "move"

    def __str__(self) -> str:
        return str(self.value)
