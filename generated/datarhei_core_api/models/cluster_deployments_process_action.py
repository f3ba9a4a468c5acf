from enum import StrEnum


class ClusterDeploymentsProcessAction(StrEnum):
    ADD = "add"
    DELETE = "delete"
    ORDER = "order"
    RELOCATE = "relocate"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
