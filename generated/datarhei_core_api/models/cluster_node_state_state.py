from enum import StrEnum


class ClusterNodeStateState(StrEnum):
    LEAVE = "leave"
    MAINTENANCE = "maintenance"
    ONLINE = "online"

    def __str__(self) -> str:
        return str(self.value)
