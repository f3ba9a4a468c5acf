from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ... import types as _types
from ...types import UNSET, Unset


def _get_kwargs(
    id: str,
    *,
    body: Any,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/process/{id}/command".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
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


_BODY = _types.model_of("Command")


def _check_body(data: Any) -> None:
    """Check request JSON strictly (unknown enum values and misspelt keys are refused too);
    raises `Invalid` naming the first field that does not fit."""
    _BODY(data, True)
