from __future__ import annotations

from .. import types as _types


class SetConfigDebug(_types.Model):
    """
    Attributes:
        agent_address (str | None):
        auto_max_procs (bool | None):
        force_gc (int | None): deprecated, use MemoryLimit instead
        memory_limit_mbytes (int | None):
        profiling (bool | None):
    """

    agent_address: str | None = None
    auto_max_procs: bool | None = None
    force_gc: int | None = None
    memory_limit_mbytes: int | None = None
    profiling: bool | None = None
