from __future__ import annotations

from .. import types as _types
from ..models.filesystem_operation_operation import FilesystemOperationOperation


class FilesystemOperation(_types.Model):
    """
    Attributes:
        operation (FilesystemOperationOperation):
        bandwidth_limit_kbit (int | None): kbit/s
        source (str | None):
        target (str | None):
    """

    operation: FilesystemOperationOperation
    bandwidth_limit_kbit: int | None = None
    source: str | None = None
    target: str | None = None
