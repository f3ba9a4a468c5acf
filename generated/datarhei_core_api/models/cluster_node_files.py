from __future__ import annotations

from .. import types as _types
from ..models.cluster_node_files_files import ClusterNodeFilesFiles


class ClusterNodeFiles(_types.Model):
    """
    Attributes:
        files (ClusterNodeFilesFiles | None):
        last_update (int | None): unix timestamp
    """

    files: ClusterNodeFilesFiles | None = _types.ABSENT
    last_update: int | None = None

    _TRACKED = ("files",)
    __post_init__ = _types.fill_absent
