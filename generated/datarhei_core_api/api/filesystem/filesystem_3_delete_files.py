from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Unset


def _get_kwargs(
    storage: str,
    *,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["glob"] = glob

    params["size_min"] = size_min

    params["size_max"] = size_max

    params["lastmod_start"] = lastmod_start

    params["lastmod_end"] = lastmod_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v3/fs/{storage}".format(
            storage=quote(str(storage), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_RESULT: Any = list[str]
