from __future__ import annotations

from .. import types as _types


class AboutVersion(_types.Model):
    """
    Attributes:
        number (str):
        arch (str | None):
        build_date (str | None): RFC3339
        compiler (str | None):
        repository_branch (str | None):
        repository_commit (str | None):
    """

    number: str
    arch: str | None = None
    build_date: str | None = None
    compiler: str | None = None
    repository_branch: str | None = None
    repository_commit: str | None = None
