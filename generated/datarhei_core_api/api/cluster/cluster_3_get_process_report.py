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
from ...models.process_report import ProcessReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    created_at: int | Unset = UNSET,
    exited_at: int | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_at"] = created_at

    params["exited_at"] = exited_at

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/process/{id}/report".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProcessReport | None:
    if response.status_code == 200:
        response_200 = ProcessReport.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProcessReport]:
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
    created_at: int | Unset = UNSET,
    exited_at: int | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> Response[Error | ProcessReport]:
    """Get the report of a process

     Get the report of a process.

    Args:
        id (str):
        created_at (int | Unset):
        exited_at (int | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessReport]
    """

    kwargs = _get_kwargs(
        id=id,
        created_at=created_at,
        exited_at=exited_at,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    created_at: int | Unset = UNSET,
    exited_at: int | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> Error | ProcessReport | None:
    """Get the report of a process

     Get the report of a process.

    Args:
        id (str):
        created_at (int | Unset):
        exited_at (int | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessReport
    """

    return sync_detailed(
        id=id,
        client=client,
        created_at=created_at,
        exited_at=exited_at,
        domain=domain,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    created_at: int | Unset = UNSET,
    exited_at: int | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> Response[Error | ProcessReport]:
    """Get the report of a process

     Get the report of a process.

    Args:
        id (str):
        created_at (int | Unset):
        exited_at (int | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProcessReport]
    """

    kwargs = _get_kwargs(
        id=id,
        created_at=created_at,
        exited_at=exited_at,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    created_at: int | Unset = UNSET,
    exited_at: int | Unset = UNSET,
    domain: str | Unset = UNSET,
) -> Error | ProcessReport | None:
    """Get the report of a process

     Get the report of a process.

    Args:
        id (str):
        created_at (int | Unset):
        exited_at (int | Unset):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProcessReport
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            created_at=created_at,
            exited_at=exited_at,
            domain=domain,
        )
    ).parsed
