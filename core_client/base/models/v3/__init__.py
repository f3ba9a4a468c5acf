"""`from core_client.base.models.v3 import ProcessConfig` (the upstream client's path).

The same classes as `core_client.models`, looked up lazily the same way: constructors take
Core's JSON names (`ProcessConfig(id="p", input=[...])`), as the upstream pydantic models did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core_client.models import __dir__, __getattr__  # noqa: F401

if TYPE_CHECKING:
    from core_client.models import *  # noqa: F403
