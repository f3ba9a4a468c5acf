from __future__ import annotations

from typing import Any

from ...models.cluster_node_id import ClusterNodeID


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/leave",
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = str
_BODY: Any = ClusterNodeID
