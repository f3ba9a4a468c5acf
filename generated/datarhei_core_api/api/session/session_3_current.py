from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.error import Error
from ...models.sessions_active import SessionsActive
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    collectors: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collectors"] = collectors

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/session/active",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SessionsActive | None:
    if response.status_code == 200:
        response_200 = SessionsActive.from_dict(response.json())

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
) -> Response[Error | SessionsActive]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    collectors: str | Unset = UNSET,
) -> Response[Error | SessionsActive]:
    """Get a minimal summary of all active sessions

     Get a minimal summary of all active sessions (i.e. number of sessions, bandwidth).

    Args:
        collectors (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SessionsActive]
    """

    kwargs = _get_kwargs(
        collectors=collectors,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    collectors: str | Unset = UNSET,
) -> Error | SessionsActive | None:
    """Get a minimal summary of all active sessions

     Get a minimal summary of all active sessions (i.e. number of sessions, bandwidth).

    Args:
        collectors (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SessionsActive
    """

    return sync_detailed(
        client=client,
        collectors=collectors,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    collectors: str | Unset = UNSET,
) -> Response[Error | SessionsActive]:
    """Get a minimal summary of all active sessions

     Get a minimal summary of all active sessions (i.e. number of sessions, bandwidth).

    Args:
        collectors (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SessionsActive]
    """

    kwargs = _get_kwargs(
        collectors=collectors,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    collectors: str | Unset = UNSET,
) -> Error | SessionsActive | None:
    """Get a minimal summary of all active sessions

     Get a minimal summary of all active sessions (i.e. number of sessions, bandwidth).

    Args:
        collectors (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SessionsActive
    """

    return (
        await asyncio_detailed(
            client=client,
            collectors=collectors,
        )
    ).parsed
