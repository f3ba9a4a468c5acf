from __future__ import annotations

from typing import Any

from ...models.jwt_refresh import JWTRefresh


def _get_kwargs() -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/login/refresh",
    }

    return _kwargs


_RESULT: Any = JWTRefresh
