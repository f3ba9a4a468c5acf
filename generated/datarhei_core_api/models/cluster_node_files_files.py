from __future__ import annotations

from typing import TypeAlias

ClusterNodeFilesFiles: TypeAlias = dict[str, list[str]]
