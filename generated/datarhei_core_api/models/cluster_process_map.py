from __future__ import annotations

from typing import TypeAlias

ClusterProcessMap: TypeAlias = dict[str, str]
