from __future__ import annotations

from typing import Any

from ...models.probe import Probe
from ...models.process_config import ProcessConfig
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Any,
    coreid: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["coreid"] = coreid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/cluster/process/probe",
        "params": params,
    }

    _kwargs["json"] = body
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_RESULT: Any = Probe
_BODY: Any = ProcessConfig
