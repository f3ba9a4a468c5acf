from __future__ import annotations

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    id: str,
    inputid: str,
    name: str,
    *,
    body: bytes,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/process/{id}/playout/{inputid}/errorframe/{name}".format(
            id=quote(str(id), safe=""),
            inputid=quote(str(inputid), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["content"] = body
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs
