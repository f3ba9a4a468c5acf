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
from ...models.probe import Probe
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    domain: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/process/{id}/probe".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Probe | None:
    if response.status_code == 200:
        response_200 = Probe.from_dict(response.json())

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
) -> Response[Error | Probe]:
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
) -> Response[Error | Probe]:
    """Probe a process in the cluster

     Probe an existing process to get a detailed stream information on the inputs. The probe is executed
    on the same node as the process.

    Args:
        id (str):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Probe]
    """

    kwargs = _get_kwargs(
        id=id,
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
    domain: str | Unset = UNSET,
) -> Error | Probe | None:
    """Probe a process in the cluster

     Probe an existing process to get a detailed stream information on the inputs. The probe is executed
    on the same node as the process.

    Args:
        id (str):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Probe
    """

    return sync_detailed(
        id=id,
        client=client,
        domain=domain,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
) -> Response[Error | Probe]:
    """Probe a process in the cluster

     Probe an existing process to get a detailed stream information on the inputs. The probe is executed
    on the same node as the process.

    Args:
        id (str):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Probe]
    """

    kwargs = _get_kwargs(
        id=id,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    domain: str | Unset = UNSET,
) -> Error | Probe | None:
    """Probe a process in the cluster

     Probe an existing process to get a detailed stream information on the inputs. The probe is executed
    on the same node as the process.

    Args:
        id (str):
        domain (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Probe
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            domain=domain,
        )
    ).parsed
