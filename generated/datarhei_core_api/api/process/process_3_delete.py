from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ... import types as _types
from ...types import UNSET, Unset


def _get_kwargs(
    id: str,
    *,
    domain: str | Unset = UNSET,
    purge: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["domain"] = domain

    params["purge"] = purge

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v3/process/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_RESULT = _types.STRING


def _parse_json(data: Any) -> str:
    """The JSON of a success answer as its models, checked while they are built; raises
    `Invalid` naming the first field that does not fit (enum values a newer Core may add
    are kept)."""
    return _RESULT(data, False)  # type: ignore[no-any-return]
