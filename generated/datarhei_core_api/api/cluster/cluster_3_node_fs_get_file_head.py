from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client
from io import BytesIO
from typing import cast

from ... import errors
from ...models.error import Error
from ...types import File, Response


def _get_kwargs(
    id: str,
    storage: str,
    filepath: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/api/v3/cluster/node/{id}/fs/{storage}/{filepath}".format(
            id=quote(str(id), safe=""),
            storage=quote(str(storage), safe=""),
            filepath=quote(str(filepath), safe="/"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 301:
        response_301 = cast(Any, None)
        return response_301

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
) -> Response[Any | Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    storage: str,
    filepath: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | File]:
    """Fetch a file from a filesystem on a node

     Fetch a file from a filesystem on a node

    Args:
        id (str):
        storage (str):
        filepath (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        id=id,
        storage=storage,
        filepath=filepath,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    storage: str,
    filepath: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | File | None:
    """Fetch a file from a filesystem on a node

     Fetch a file from a filesystem on a node

    Args:
        id (str):
        storage (str):
        filepath (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return sync_detailed(
        id=id,
        storage=storage,
        filepath=filepath,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    storage: str,
    filepath: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | File]:
    """Fetch a file from a filesystem on a node

     Fetch a file from a filesystem on a node

    Args:
        id (str):
        storage (str):
        filepath (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        id=id,
        storage=storage,
        filepath=filepath,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    storage: str,
    filepath: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | File | None:
    """Fetch a file from a filesystem on a node

     Fetch a file from a filesystem on a node

    Args:
        id (str):
        storage (str):
        filepath (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return (
        await asyncio_detailed(
            id=id,
            storage=storage,
            filepath=filepath,
            client=client,
        )
    ).parsed
