from __future__ import annotations

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    id: str,
    inputid: str,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/process/{id}/playout/{inputid}/reopen".format(
            id=quote(str(id), safe=""),
            inputid=quote(str(inputid), safe=""),
        ),
    }

    return _kwargs
