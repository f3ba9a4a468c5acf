from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Unset


def _get_kwargs(
    id: str,
    key: str,
    *,
    body: Any,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/process/{id}/metadata/{key}".format(
            id=quote(str(id), safe=""),
            key=quote(str(key), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = Any
_BODY: Any = Any
