from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.session_token_request import SessionTokenRequest


def _get_kwargs(
    username: str,
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/session/token/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = list[SessionTokenRequest]
_BODY: Any = list[SessionTokenRequest]
