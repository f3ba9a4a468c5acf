from __future__ import annotations

from typing import TypeAlias

ConfigError: TypeAlias = dict[str, list[str]]
