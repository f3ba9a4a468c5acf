from __future__ import annotations

from .. import types as _types
from ..models.process_config_io_cleanup import ProcessConfigIOCleanup


class ProcessConfigIO(_types.Model):
    """
    Attributes:
        address (str):
        cleanup (list[ProcessConfigIOCleanup] | None):
        id (str | None):
        options (list[str] | None):
    """

    address: str
    cleanup: list[ProcessConfigIOCleanup] | None = _types.ABSENT
    id: str | None = None
    options: list[str] | None = _types.ABSENT

    _TRACKED = (
        "cleanup",
        "options",
    )
    __post_init__ = _types.fill_absent
    _SHOWN = {
        "address": _types.without_userinfo,
    }
