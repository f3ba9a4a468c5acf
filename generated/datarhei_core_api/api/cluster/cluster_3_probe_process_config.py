from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.error import Error
from ...models.probe import Probe
from ...models.process_config import ProcessConfig
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProcessConfig,
    coreid: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["coreid"] = coreid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/cluster/process/probe",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Probe | None:
    if response.status_code == 200:
        response_200 = Probe.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

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
    *,
    client: AuthenticatedClient,
    body: ProcessConfig,
    coreid: str | Unset = UNSET,
) -> Response[Error | Probe]:
    """Probe a process in the cluster

     Probe a process config to get a detailed stream information on the inputs.

    Args:
        coreid (str | Unset):
        body (ProcessConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Probe]
    """

    kwargs = _get_kwargs(
        body=body,
        coreid=coreid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProcessConfig,
    coreid: str | Unset = UNSET,
) -> Error | Probe | None:
    """Probe a process in the cluster

     Probe a process config to get a detailed stream information on the inputs.

    Args:
        coreid (str | Unset):
        body (ProcessConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Probe
    """

    return sync_detailed(
        client=client,
        body=body,
        coreid=coreid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProcessConfig,
    coreid: str | Unset = UNSET,
) -> Response[Error | Probe]:
    """Probe a process in the cluster

     Probe a process config to get a detailed stream information on the inputs.

    Args:
        coreid (str | Unset):
        body (ProcessConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Probe]
    """

    kwargs = _get_kwargs(
        body=body,
        coreid=coreid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProcessConfig,
    coreid: str | Unset = UNSET,
) -> Error | Probe | None:
    """Probe a process in the cluster

     Probe a process config to get a detailed stream information on the inputs.

    Args:
        coreid (str | Unset):
        body (ProcessConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Probe
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            coreid=coreid,
        )
    ).parsed
