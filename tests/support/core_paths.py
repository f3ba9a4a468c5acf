"""How Core (Go's net/url and router) turns a raw request path into the values its handlers
see: the one model of it that the test fakes share."""

from __future__ import annotations

import re
from urllib.parse import unquote

# What Go's url.PathEscape leaves as it is in a path (shouldEscape, encodePath mode).
_GO_PATH_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~$&+,/:;=@"
)


def go_escape_path(path: str) -> str:
    return "".join(
        char if char in _GO_PATH_SAFE else "".join(f"%{byte:02X}" for byte in char.encode())
        for char in path
    )


def go_unescape(value: str) -> str:
    """Go's url.PathUnescape: strict, a `%` not followed by two hex digits is an error."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", value):
        raise ValueError(f"invalid URL escape in {value!r}")
    return unquote(value, errors="strict")


def core_decode_path(raw: str) -> str:
    """What Core's handler gets for a raw request path: Go keeps the raw form as the routing
    path when re-escaping the decoded one would not give it back, then Core decodes again."""
    decoded = go_unescape(raw)
    routed = decoded if go_escape_path(decoded) == raw else raw
    return go_unescape(routed)
