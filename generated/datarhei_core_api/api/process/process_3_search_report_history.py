from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.error import Error
from ...models.process_report_search_result import ProcessReportSearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    state: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> dict[str, Any]:

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ProcessReportSearchResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProcessReportSearchResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ProcessReportSearchResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    state: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> Response[Error | list[ProcessReportSearchResult]]:
    """Search log history of all processes

     Search log history of all processes by providing patterns for process IDs and references, a state
    and a time range. All are optional.

    Args:
        idpattern (str | Unset):
        refpattern (str | Unset):
        state (str | Unset):
        from_ (int | Unset):
        to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ProcessReportSearchResult]]
    """

    kwargs = _get_kwargs(
        idpattern=idpattern,
        refpattern=refpattern,
        state=state,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    state: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> Error | list[ProcessReportSearchResult] | None:
    """Search log history of all processes

     Search log history of all processes by providing patterns for process IDs and references, a state
    and a time range. All are optional.

    Args:
        idpattern (str | Unset):
        refpattern (str | Unset):
        state (str | Unset):
        from_ (int | Unset):
        to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ProcessReportSearchResult]
    """

    return sync_detailed(
        client=client,
        idpattern=idpattern,
        refpattern=refpattern,
        state=state,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    state: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> Response[Error | list[ProcessReportSearchResult]]:
    """Search log history of all processes

     Search log history of all processes by providing patterns for process IDs and references, a state
    and a time range. All are optional.

    Args:
        idpattern (str | Unset):
        refpattern (str | Unset):
        state (str | Unset):
        from_ (int | Unset):
        to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ProcessReportSearchResult]]
    """

    kwargs = _get_kwargs(
        idpattern=idpattern,
        refpattern=refpattern,
        state=state,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    state: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
) -> Error | list[ProcessReportSearchResult] | None:
    """Search log history of all processes

     Search log history of all processes by providing patterns for process IDs and references, a state
    and a time range. All are optional.

    Args:
        idpattern (str | Unset):
        refpattern (str | Unset):
        state (str | Unset):
        from_ (int | Unset):
        to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ProcessReportSearchResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            idpattern=idpattern,
            refpattern=refpattern,
            state=state,
            from_=from_,
            to=to,
        )
    ).parsed
