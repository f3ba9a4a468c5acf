from __future__ import annotations

from typing import Any

from ... import types as _types
from ...models.probe import Probe


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/process/probe",
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT = _types.model_of("Probe")


def _parse_json(data: Any) -> Probe:
    """The JSON of a success answer as its models, checked while they are built; raises
    `Invalid` naming the first field that does not fit (enum values a newer Core may add
    are kept)."""
    return _RESULT(data, False)  # type: ignore[no-any-return]


_BODY = _types.model_of("ProcessConfig")


def _check_body(data: Any) -> None:
    """Check request JSON strictly (unknown enum values and misspelt keys are refused too);
    raises `Invalid` naming the first field that does not fit."""
    _BODY(data, True)
