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
from ...models.iam_user import IAMUser
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    body: IAMUser,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/iam/user/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IAMUser | None:
    if response.status_code == 200:
        response_200 = IAMUser.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | IAMUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: IAMUser,
    domain: str | Unset = UNSET,
) -> Response[Error | IAMUser]:
    """Replace an existing user

     Replace an existing user.

    Args:
        name (str):
        domain (str | Unset):
        body (IAMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IAMUser]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: IAMUser,
    domain: str | Unset = UNSET,
) -> Error | IAMUser | None:
    """Replace an existing user

     Replace an existing user.

    Args:
        name (str):
        domain (str | Unset):
        body (IAMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IAMUser
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
        domain=domain,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: IAMUser,
    domain: str | Unset = UNSET,
) -> Response[Error | IAMUser]:
    """Replace an existing user

     Replace an existing user.

    Args:
        name (str):
        domain (str | Unset):
        body (IAMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IAMUser]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: IAMUser,
    domain: str | Unset = UNSET,
) -> Error | IAMUser | None:
    """Replace an existing user

     Replace an existing user.

    Args:
        name (str):
        domain (str | Unset):
        body (IAMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IAMUser
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
            domain=domain,
        )
    ).parsed
