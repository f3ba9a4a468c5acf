from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    storage: str,
    *,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["glob"] = glob

    params["size_min"] = size_min

    params["size_max"] = size_max

    params["lastmod_start"] = lastmod_start

    params["lastmod_end"] = lastmod_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v3/fs/{storage}".format(
            storage=quote(str(storage), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

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
) -> Response[Error | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    storage: str,
    *,
    client: AuthenticatedClient,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
) -> Response[Error | list[str]]:
    """Delete all files on a filesystem based on patterns

     Delete all files on a filesystem based on patterns

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]
    """

    kwargs = _get_kwargs(
        storage=storage,
        glob=glob,
        size_min=size_min,
        size_max=size_max,
        lastmod_start=lastmod_start,
        lastmod_end=lastmod_end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    storage: str,
    *,
    client: AuthenticatedClient,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
) -> Error | list[str] | None:
    """Delete all files on a filesystem based on patterns

     Delete all files on a filesystem based on patterns

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[str]
    """

    return sync_detailed(
        storage=storage,
        client=client,
        glob=glob,
        size_min=size_min,
        size_max=size_max,
        lastmod_start=lastmod_start,
        lastmod_end=lastmod_end,
    ).parsed


async def asyncio_detailed(
    storage: str,
    *,
    client: AuthenticatedClient,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
) -> Response[Error | list[str]]:
    """Delete all files on a filesystem based on patterns

     Delete all files on a filesystem based on patterns

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]
    """

    kwargs = _get_kwargs(
        storage=storage,
        glob=glob,
        size_min=size_min,
        size_max=size_max,
        lastmod_start=lastmod_start,
        lastmod_end=lastmod_end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    storage: str,
    *,
    client: AuthenticatedClient,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
) -> Error | list[str] | None:
    """Delete all files on a filesystem based on patterns

     Delete all files on a filesystem based on patterns

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[str]
    """

    return (
        await asyncio_detailed(
            storage=storage,
            client=client,
            glob=glob,
            size_min=size_min,
            size_max=size_max,
            lastmod_start=lastmod_start,
            lastmod_end=lastmod_end,
        )
    ).parsed
