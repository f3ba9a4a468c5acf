from __future__ import annotations

from typing import TypeAlias

ConfigDataStorageMimetypes: TypeAlias = dict[str, str]
