from __future__ import annotations

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    key: str,
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/metadata/{key}".format(
            key=quote(str(key), safe=""),
        ),
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = Any
_BODY: Any = Any
