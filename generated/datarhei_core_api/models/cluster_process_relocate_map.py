from __future__ import annotations

from typing import TypeAlias

ClusterProcessRelocateMap: TypeAlias = dict[str, str]
