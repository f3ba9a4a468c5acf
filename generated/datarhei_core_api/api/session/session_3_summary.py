from __future__ import annotations

from typing import Any

from ...models.sessions_summary import SessionsSummary
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    collectors: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["collectors"] = collectors

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/session",
        "params": params,
    }

    return _kwargs


_RESULT: Any = SessionsSummary
