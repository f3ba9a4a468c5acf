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
from ...models.file_info import FileInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    storage: str,
    *,
    glob: str | Unset = UNSET,
    size_min: int | Unset = UNSET,
    size_max: int | Unset = UNSET,
    lastmod_start: int | Unset = UNSET,
    lastmod_end: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["glob"] = glob

    params["size_min"] = size_min

    params["size_max"] = size_max

    params["lastmod_start"] = lastmod_start

    params["lastmod_end"] = lastmod_end

    params["sort"] = sort

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/fs/{storage}".format(
            storage=quote(str(storage), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[FileInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FileInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[FileInfo]]:
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
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[Error | list[FileInfo]]:
    """List all files on a filesystem

     List all files on a filesystem. The listing can be ordered by name, size, or date of last
    modification in ascending or descending order.

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[FileInfo]]
    """

    kwargs = _get_kwargs(
        storage=storage,
        glob=glob,
        size_min=size_min,
        size_max=size_max,
        lastmod_start=lastmod_start,
        lastmod_end=lastmod_end,
        sort=sort,
        order=order,
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
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Error | list[FileInfo] | None:
    """List all files on a filesystem

     List all files on a filesystem. The listing can be ordered by name, size, or date of last
    modification in ascending or descending order.

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[FileInfo]
    """

    return sync_detailed(
        storage=storage,
        client=client,
        glob=glob,
        size_min=size_min,
        size_max=size_max,
        lastmod_start=lastmod_start,
        lastmod_end=lastmod_end,
        sort=sort,
        order=order,
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
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[Error | list[FileInfo]]:
    """List all files on a filesystem

     List all files on a filesystem. The listing can be ordered by name, size, or date of last
    modification in ascending or descending order.

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[FileInfo]]
    """

    kwargs = _get_kwargs(
        storage=storage,
        glob=glob,
        size_min=size_min,
        size_max=size_max,
        lastmod_start=lastmod_start,
        lastmod_end=lastmod_end,
        sort=sort,
        order=order,
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
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Error | list[FileInfo] | None:
    """List all files on a filesystem

     List all files on a filesystem. The listing can be ordered by name, size, or date of last
    modification in ascending or descending order.

    Args:
        storage (str):
        glob (str | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        lastmod_start (int | Unset):
        lastmod_end (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[FileInfo]
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
            sort=sort,
            order=order,
        )
    ).parsed
