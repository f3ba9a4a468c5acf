from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.error import Error
from ...models.process import Process
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    domain: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain"] = domain

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/process/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Process | None:
    if response.status_code == 200:
        response_200 = Process.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Process]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | Process]:
    """List a process by its ID

     List a process by its ID. Use the filter parameter to specifiy the level of detail of the output.

    Args:
        id (str):
        domain (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Process]
    """

    kwargs = _get_kwargs(
        id=id,
        domain=domain,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | Process | None:
    """List a process by its ID

     List a process by its ID. Use the filter parameter to specifiy the level of detail of the output.

    Args:
        id (str):
        domain (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Process
    """

    return sync_detailed(
        id=id,
        client=client,
        domain=domain,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | Process]:
    """List a process by its ID

     List a process by its ID. Use the filter parameter to specifiy the level of detail of the output.

    Args:
        id (str):
        domain (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Process]
    """

    kwargs = _get_kwargs(
        id=id,
        domain=domain,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | Process | None:
    """List a process by its ID

     List a process by its ID. Use the filter parameter to specifiy the level of detail of the output.

    Args:
        id (str):
        domain (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Process
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            domain=domain,
            filter_=filter_,
        )
    ).parsed
