"""Encoding of values placed in a URL path, so that each arrives at Core exactly as given.

Core decodes path values twice: Go's router decodes the URL path once, then Core's handlers run
`url.PathUnescape` on the parameter again. A value is therefore percent-encoded twice, with
nothing left literal that Go would re-encode (then Go keeps a separate raw path and the two
decodings no longer line up). A name with `%`, space, `#` or `?` then arrives intact.
"""

from __future__ import annotations

from urllib.parse import quote

from .exceptions import ValidationError

__all__ = ["file_path", "segment"]


def _twice(value: str, safe: str) -> str:
    # The inner quote leaves only unreserved characters, `safe` and `%XX`; the outer one then
    # only turns each `%` into `%25`, which is exactly how Go would escape the decoded form.
    return quote(quote(value, safe=safe), safe=safe)


def segment(value: str) -> str:
    """One path parameter (a process id, a storage name): a `/` in it stays part of the value.

    `..` and `.` are refused, since the router would resolve them into another route.
    """
    if value in ("", ".", ".."):
        raise ValidationError("path parameter", f"{value!r} would address another route")
    return _twice(value, safe="")


def file_path(path: str) -> str:
    """A file path inside a storage: keeps its `/`, may not climb out of the storage with `..`.

    A leading `/` is optional (`/a/b.txt` and `a/b.txt` name the same file).
    """
    relative = path.lstrip("/")
    parts = relative.split("/")
    if not relative or parts[-1] == "" or any(part in (".", "..") for part in parts):
        raise ValidationError("path", f"{path!r} is not a file path inside the storage")
    return _twice(relative, safe="/")
