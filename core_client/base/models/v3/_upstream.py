"""How type checkers see the upstream-style constructors of core_client.base.models.v3."""

from __future__ import annotations

from typing import Any

from datarhei_core_api.models import ProcessConfig as _ProcessConfig


class ProcessConfig(_ProcessConfig):
    """ProcessConfig that also takes `input=` and `type=` (the JSON names), as upstream did."""

    def __init__(self, **fields: Any) -> None: ...
