from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.file_info import FileInfo
from ...types import UNSET, Unset


def _get_kwargs(
    storage: str,
    *,
    glob: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["glob"] = glob

    params["sort"] = sort

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/fs/{storage}".format(
            storage=quote(str(storage), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_RESULT: Any = list[FileInfo]
