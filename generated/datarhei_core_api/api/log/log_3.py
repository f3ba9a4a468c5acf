from __future__ import annotations

from typing import Any

from ... import types as _types
from ...models.raw_log_entry import RawLogEntry
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/log",
        "params": params,
    }

    return _kwargs


_RESULT = _types.array_of(_types.union_of(_types.STRING, _types.model_of("RawLogEntry")))


def _parse_json(data: Any) -> list[RawLogEntry | str]:
    """The JSON of a success answer as its models, checked while they are built; raises
    `Invalid` naming the first field that does not fit (enum values a newer Core may add
    are kept)."""
    return _RESULT(data, False)  # type: ignore[no-any-return]
