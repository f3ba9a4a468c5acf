from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ... import types as _types
from ...models.playout_status import PlayoutStatus


def _get_kwargs(
    id: str,
    inputid: str,
) -> dict[str, Any]:
    """The request: method, url, params, headers, and the body (JSON data, checked by
    `_check_body`, or bytes) as given."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/process/{id}/playout/{inputid}/status".format(
            id=quote(str(id), safe=""),
            inputid=quote(str(inputid), safe=""),
        ),
    }

    return _kwargs


_RESULT = _types.model_of("PlayoutStatus")


def _parse_json(data: Any) -> PlayoutStatus:
    """The JSON of a success answer as its models, checked while they are built; raises
    `Invalid` naming the first field that does not fit (enum values a newer Core may add
    are kept)."""
    return _RESULT(data, False)  # type: ignore[no-any-return]
