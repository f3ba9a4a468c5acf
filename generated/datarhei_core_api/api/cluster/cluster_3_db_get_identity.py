from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.iam_user import IAMUser


def _get_kwargs(
    name: str,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/db/user/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


_RESULT: Any = IAMUser
