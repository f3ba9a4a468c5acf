from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Unset


def _get_kwargs(
    name: str,
    *,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v3/cluster/iam/user/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_RESULT: Any = str
