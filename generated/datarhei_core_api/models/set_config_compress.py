from __future__ import annotations

from .. import types as _types


class SetConfigCompress(_types.Model):
    """
    Attributes:
        encoding (list[str] | None):
        mimetypes (list[str] | None):
        min_length (int | None):
    """

    encoding: list[str] | None = _types.ABSENT
    mimetypes: list[str] | None = _types.ABSENT
    min_length: int | None = None

    _TRACKED = (
        "encoding",
        "mimetypes",
    )
    __post_init__ = _types.fill_absent
