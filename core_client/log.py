"""The `core_client` logger and the redaction of credentials in what it records."""

from __future__ import annotations

import logging
from collections.abc import Mapping

logger = logging.getLogger("core_client")

REDACTED = "<redacted>"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def redacted_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of the headers that is safe to log: credential values replaced."""
    return {
        name: REDACTED if name.lower() in _SECRET_HEADERS else value
        for name, value in headers.items()
    }
