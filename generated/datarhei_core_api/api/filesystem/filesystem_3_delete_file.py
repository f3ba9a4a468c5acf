from __future__ import annotations

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    storage: str,
    filepath: str,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v3/fs/{storage}/{filepath}".format(
            storage=quote(str(storage), safe=""),
            filepath=quote(str(filepath), safe="/"),
        ),
    }

    return _kwargs
