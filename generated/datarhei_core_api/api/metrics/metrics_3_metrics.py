from __future__ import annotations

from typing import Any

from ...models.metrics_query import MetricsQuery
from ...models.metrics_response import MetricsResponse


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/metrics",
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = MetricsResponse
_BODY: Any = MetricsQuery
