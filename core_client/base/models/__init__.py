"""The models under the upstream client's path: the same classes as `core_client.models`."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Names are looked up lazily, as in core_client.models.
from core_client.models import __dir__, __getattr__  # noqa: F401

if TYPE_CHECKING:
    from core_client.models import *  # noqa: F403
