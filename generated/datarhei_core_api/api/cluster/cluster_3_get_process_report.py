from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.process_report import ProcessReport
from ...types import UNSET, Unset


def _get_kwargs(
    id: str,
    *,
    created_at: int | Unset = UNSET,
    exited_at: int | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["created_at"] = created_at

    params["exited_at"] = exited_at

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/process/{id}/report".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_RESULT: Any = ProcessReport
