from __future__ import annotations

from typing import TypeAlias

SetConfigStorageMimetypes: TypeAlias = dict[str, str]
