from __future__ import annotations

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    key: str,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/metadata/{key}".format(
            key=quote(str(key), safe=""),
        ),
    }

    return _kwargs


_RESULT: Any = Any
