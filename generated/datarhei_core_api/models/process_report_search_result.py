from __future__ import annotations

from .. import types as _types


class ProcessReportSearchResult(_types.Model):
    """
    Attributes:
        created_at (int | None):
        domain (str | None):
        exit_state (str | None):
        exited_at (int | None):
        id (str | None):
        reference (str | None):
    """

    created_at: int | None = None
    domain: str | None = None
    exit_state: str | None = None
    exited_at: int | None = None
    id: str | None = None
    reference: str | None = None
