from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ... import types as _types


def _get_kwargs(
    id: str,
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/node/{id}/fs".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT = _types.STRING


def _parse_json(data: Any) -> str:
    """The JSON of a success answer as its models, checked while they are built; raises
    `Invalid` naming the first field that does not fit (enum values a newer Core may add
    are kept)."""
    return _RESULT(data, False)  # type: ignore[no-any-return]


_BODY = _types.model_of("FilesystemOperation")


def _check_body(data: Any) -> None:
    """Check request JSON strictly (unknown enum values and misspelt keys are refused too);
    raises `Invalid` naming the first field that does not fit."""
    _BODY(data, True)
