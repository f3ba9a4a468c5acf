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
from ...types import File, Response


def _get_kwargs(
    id: str,
    inputid: str,
    name: str,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/process/{id}/playout/{inputid}/errorframe/{name}".format(
            id=quote(str(id), safe=""),
            inputid=quote(str(inputid), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 204:
        response_204 = response.text
        return response_204

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    inputid: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[Error | str]:
    """Upload an error frame

     Upload an error frame which will be encoded immediately

    Args:
        id (str):
        inputid (str):
        name (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
        inputid=inputid,
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    inputid: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Error | str | None:
    """Upload an error frame

     Upload an error frame which will be encoded immediately

    Args:
        id (str):
        inputid (str):
        name (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        id=id,
        inputid=inputid,
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    inputid: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[Error | str]:
    """Upload an error frame

     Upload an error frame which will be encoded immediately

    Args:
        id (str):
        inputid (str):
        name (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
        inputid=inputid,
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    inputid: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Error | str | None:
    """Upload an error frame

     Upload an error frame which will be encoded immediately

    Args:
        id (str):
        inputid (str):
        name (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            id=id,
            inputid=inputid,
            name=name,
            client=client,
            body=body,
        )
    ).parsed
