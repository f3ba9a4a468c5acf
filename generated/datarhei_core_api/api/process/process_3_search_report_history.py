from __future__ import annotations

from typing import Any

from ...models.process_report_search_result import ProcessReportSearchResult
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    state: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["idpattern"] = idpattern

    params["refpattern"] = refpattern

    params["state"] = state

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/report/process",
        "params": params,
    }

    return _kwargs


_RESULT: Any = list[ProcessReportSearchResult]
