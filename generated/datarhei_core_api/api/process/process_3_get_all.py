from __future__ import annotations

from typing import Any

from ...models.process import Process
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    ownerpattern: str | Unset = UNSET,
    domainpattern: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked against
    `_BODY`, or bytes) as given."""

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["reference"] = reference

    params["id"] = id

    params["idpattern"] = idpattern

    params["refpattern"] = refpattern

    params["ownerpattern"] = ownerpattern

    params["domainpattern"] = domainpattern

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/process",
        "params": params,
    }

    return _kwargs


_RESULT: Any = list[Process]
