from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    # Only annotations name the clients: core_client uses _get_kwargs(), not these clients.
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.error import Error
from ...models.process import Process
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    ownerpattern: str | Unset = UNSET,
    domainpattern: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["reference"] = reference

    params["id"] = id

    params["idpattern"] = idpattern

    params["refpattern"] = refpattern

    params["ownerpattern"] = ownerpattern

    params["domainpattern"] = domainpattern

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/cluster/process",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Process] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Process.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[Process]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    ownerpattern: str | Unset = UNSET,
    domainpattern: str | Unset = UNSET,
) -> Response[Error | list[Process]]:
    """List of processes in the cluster

     List of processes in the cluster

    Args:
        filter_ (str | Unset):
        reference (str | Unset):
        id (str | Unset):
        idpattern (str | Unset):
        refpattern (str | Unset):
        ownerpattern (str | Unset):
        domainpattern (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Process]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        reference=reference,
        id=id,
        idpattern=idpattern,
        refpattern=refpattern,
        ownerpattern=ownerpattern,
        domainpattern=domainpattern,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    ownerpattern: str | Unset = UNSET,
    domainpattern: str | Unset = UNSET,
) -> Error | list[Process] | None:
    """List of processes in the cluster

     List of processes in the cluster

    Args:
        filter_ (str | Unset):
        reference (str | Unset):
        id (str | Unset):
        idpattern (str | Unset):
        refpattern (str | Unset):
        ownerpattern (str | Unset):
        domainpattern (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Process]
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        reference=reference,
        id=id,
        idpattern=idpattern,
        refpattern=refpattern,
        ownerpattern=ownerpattern,
        domainpattern=domainpattern,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    ownerpattern: str | Unset = UNSET,
    domainpattern: str | Unset = UNSET,
) -> Response[Error | list[Process]]:
    """List of processes in the cluster

     List of processes in the cluster

    Args:
        filter_ (str | Unset):
        reference (str | Unset):
        id (str | Unset):
        idpattern (str | Unset):
        refpattern (str | Unset):
        ownerpattern (str | Unset):
        domainpattern (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Process]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        reference=reference,
        id=id,
        idpattern=idpattern,
        refpattern=refpattern,
        ownerpattern=ownerpattern,
        domainpattern=domainpattern,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idpattern: str | Unset = UNSET,
    refpattern: str | Unset = UNSET,
    ownerpattern: str | Unset = UNSET,
    domainpattern: str | Unset = UNSET,
) -> Error | list[Process] | None:
    """List of processes in the cluster

     List of processes in the cluster

    Args:
        filter_ (str | Unset):
        reference (str | Unset):
        id (str | Unset):
        idpattern (str | Unset):
        refpattern (str | Unset):
        ownerpattern (str | Unset):
        domainpattern (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Process]
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            reference=reference,
            id=id,
            idpattern=idpattern,
            refpattern=refpattern,
            ownerpattern=ownerpattern,
            domainpattern=domainpattern,
        )
    ).parsed
