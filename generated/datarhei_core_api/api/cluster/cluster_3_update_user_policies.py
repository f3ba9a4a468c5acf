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
from ...models.iam_policy import IAMPolicy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    body: list[IAMPolicy],
    domain: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/cluster/iam/user/{name}/policy".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[IAMPolicy] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IAMPolicy.from_dict(response_200_item_data)

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
) -> Response[Error | list[IAMPolicy]]:
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
    body: list[IAMPolicy],
    domain: str | Unset = UNSET,
) -> Response[Error | list[IAMPolicy]]:
    """Replace policies of an user

     Replace policies of an user

    Args:
        name (str):
        domain (str | Unset):
        body (list[IAMPolicy]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[IAMPolicy]]
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
    body: list[IAMPolicy],
    domain: str | Unset = UNSET,
) -> Error | list[IAMPolicy] | None:
    """Replace policies of an user

     Replace policies of an user

    Args:
        name (str):
        domain (str | Unset):
        body (list[IAMPolicy]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[IAMPolicy]
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
    body: list[IAMPolicy],
    domain: str | Unset = UNSET,
) -> Response[Error | list[IAMPolicy]]:
    """Replace policies of an user

     Replace policies of an user

    Args:
        name (str):
        domain (str | Unset):
        body (list[IAMPolicy]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[IAMPolicy]]
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
    body: list[IAMPolicy],
    domain: str | Unset = UNSET,
) -> Error | list[IAMPolicy] | None:
    """Replace policies of an user

     Replace policies of an user

    Args:
        name (str):
        domain (str | Unset):
        body (list[IAMPolicy]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[IAMPolicy]
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
            domain=domain,
        )
    ).parsed
