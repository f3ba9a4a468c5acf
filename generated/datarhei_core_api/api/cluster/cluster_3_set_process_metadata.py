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
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    key: str,
    *,
    body: Any,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/process/{id}/metadata/{key}".format(
            id=quote(str(id), safe=""),
            key=quote(str(key), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = response.json()
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    key: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    domain: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Add JSON metadata with a process under the given key

     Add arbitrary JSON metadata under the given key. If the key exists, all already stored metadata with
    this key will be overwritten. If the key doesn't exist, it will be created.

    Args:
        id (str):
        key (str):
        domain (str | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        key=key,
        body=body,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    key: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    domain: str | Unset = UNSET,
) -> Any | Error | None:
    """Add JSON metadata with a process under the given key

     Add arbitrary JSON metadata under the given key. If the key exists, all already stored metadata with
    this key will be overwritten. If the key doesn't exist, it will be created.

    Args:
        id (str):
        key (str):
        domain (str | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        id=id,
        key=key,
        client=client,
        body=body,
        domain=domain,
    ).parsed


async def asyncio_detailed(
    id: str,
    key: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    domain: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Add JSON metadata with a process under the given key

     Add arbitrary JSON metadata under the given key. If the key exists, all already stored metadata with
    this key will be overwritten. If the key doesn't exist, it will be created.

    Args:
        id (str):
        key (str):
        domain (str | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        key=key,
        body=body,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    key: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    domain: str | Unset = UNSET,
) -> Any | Error | None:
    """Add JSON metadata with a process under the given key

     Add arbitrary JSON metadata under the given key. If the key exists, all already stored metadata with
    this key will be overwritten. If the key doesn't exist, it will be created.

    Args:
        id (str):
        key (str):
        domain (str | Unset):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            key=key,
            client=client,
            body=body,
            domain=domain,
        )
    ).parsed
