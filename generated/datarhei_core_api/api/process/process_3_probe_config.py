from __future__ import annotations

from typing import Any

from ...models.probe import Probe
from ...models.process_config import ProcessConfig


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/process/probe",
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = Probe
_BODY: Any = ProcessConfig
