from __future__ import annotations

from typing import Any

from ... import types as _types
from ...models.cluster_store_node import ClusterStoreNode


def _get_kwargs() -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/db/node",
    }

    return _kwargs


_RESULT = _types.array_of(_types.model_of("ClusterStoreNode"))


def _parse_json(data: Any) -> list[ClusterStoreNode]:
    """The JSON of a success answer as its models, checked while they are built; raises
    `Invalid` naming the first field that does not fit (enum values a newer Core may add
    are kept)."""
    return _RESULT(data, False)  # type: ignore[no-any-return]
