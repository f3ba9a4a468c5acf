from __future__ import annotations

from .. import types as _types


class ProcessEventFilter(_types.Model):
    """
    Attributes:
        core_id (str | None):
        domain (str | None):
        pid (str | None):
        type (str | None):
    """

    core_id: str | None = None
    domain: str | None = None
    pid: str | None = None
    type: str | None = None
