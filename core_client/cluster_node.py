"""The experimental cluster node calls the original README documents, and their model.

`POST /api/v3/cluster/node/`, `PUT|DELETE /api/v3/cluster/node/{id}` and
`GET /api/v3/cluster/node/{id}/proxy` belonged to Core's early cluster branch; no published spec
has them, so nothing is generated for them. They go through the same pipeline, validation and
path encoding as every generated method. A current Core answers them with 404/405, which the
raised error explains as a route the server does not have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from .config import TimeoutValue
from .operation import AsyncOperationCaller, Body, Operation, Parameter, SyncOperationCaller

__all__ = ["AsyncClusterNode", "ClusterNodeAuth", "SyncClusterNode"]


@dataclass(slots=True)
class ClusterNodeAuth:
    """Address and credentials of a Core node to add to a cluster (experimental)."""

    address: str
    username: str = ""
    password: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"address": self.address, "username": self.username, "password": self.password}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            address=data["address"],
            username=data.get("username", ""),
            password=data.get("password", ""),
        )


def _check_node(data: Any) -> None:
    """The node body: `address` (required), `username` and `password`, all strings."""
    from datarhei_core_api.types import Invalid, json_type

    if not isinstance(data, Mapping):
        raise Invalid("", f"expected object, got {json_type(data)}")
    if "address" not in data:
        raise Invalid("address", "required field is missing")
    for key in ("address", "username", "password"):
        if key in data and not isinstance(data[key], str):
            raise Invalid(key, f"expected string, got {json_type(data[key])}")


_NODE = Body("node")
_ID = Parameter("id", "id", "path", "id")

_V3_CLUSTER_POST_NODE: Operation[Any] = Operation(
    "v3_cluster_post_node",
    "POST",
    "/api/v3/cluster/node/",
    None,
    body=_NODE,
    check_body=_check_node,
)
_V3_CLUSTER_PUT_NODE: Operation[Any] = Operation(
    "v3_cluster_put_node",
    "PUT",
    "/api/v3/cluster/node/{id}",
    None,
    (_ID,),
    _NODE,
    check_body=_check_node,
)
_V3_CLUSTER_DELETE_NODE: Operation[Any] = Operation(
    "v3_cluster_delete_node", "DELETE", "/api/v3/cluster/node/{id}", None, (_ID,)
)
_V3_CLUSTER_GET_NODE_PROXY: Operation[Any] = Operation(
    "v3_cluster_get_node_proxy", "GET", "/api/v3/cluster/node/{id}/proxy", None, (_ID,)
)


class SyncClusterNode(SyncOperationCaller):
    """The experimental cluster node calls of `Client`."""

    def v3_cluster_post_node(
        self,
        node: ClusterNodeAuth | Mapping[str, Any],
        *,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> Any:
        """Experimental: add a node to the cluster. `POST /api/v3/cluster/node/`"""
        return self._operate(_V3_CLUSTER_POST_NODE, {"node": node}, retries, timeout)

    def v3_cluster_put_node(
        self,
        id: str,
        node: ClusterNodeAuth | Mapping[str, Any],
        *,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> Any:
        """Experimental: replace a cluster node. `PUT /api/v3/cluster/node/{id}`"""
        return self._operate(_V3_CLUSTER_PUT_NODE, {"id": id, "node": node}, retries, timeout)

    def v3_cluster_delete_node(
        self, id: str, *, retries: int | None = None, timeout: TimeoutValue | None = None
    ) -> Any:
        """Experimental: remove a node from the cluster. `DELETE /api/v3/cluster/node/{id}`"""
        return self._operate(_V3_CLUSTER_DELETE_NODE, {"id": id}, retries, timeout)

    def v3_cluster_get_node_proxy(
        self, id: str, *, retries: int | None = None, timeout: TimeoutValue | None = None
    ) -> Any:
        """Experimental: a node's proxy state. `GET /api/v3/cluster/node/{id}/proxy`"""
        return self._operate(_V3_CLUSTER_GET_NODE_PROXY, {"id": id}, retries, timeout)


class AsyncClusterNode(AsyncOperationCaller):
    """The experimental cluster node calls of `AsyncClient`."""

    async def v3_cluster_post_node(
        self,
        node: ClusterNodeAuth | Mapping[str, Any],
        *,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> Any:
        """Experimental: add a node to the cluster. `POST /api/v3/cluster/node/`"""
        return await self._operate(_V3_CLUSTER_POST_NODE, {"node": node}, retries, timeout)

    async def v3_cluster_put_node(
        self,
        id: str,
        node: ClusterNodeAuth | Mapping[str, Any],
        *,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> Any:
        """Experimental: replace a cluster node. `PUT /api/v3/cluster/node/{id}`"""
        arguments = {"id": id, "node": node}
        return await self._operate(_V3_CLUSTER_PUT_NODE, arguments, retries, timeout)

    async def v3_cluster_delete_node(
        self, id: str, *, retries: int | None = None, timeout: TimeoutValue | None = None
    ) -> Any:
        """Experimental: remove a node from the cluster. `DELETE /api/v3/cluster/node/{id}`"""
        return await self._operate(_V3_CLUSTER_DELETE_NODE, {"id": id}, retries, timeout)

    async def v3_cluster_get_node_proxy(
        self, id: str, *, retries: int | None = None, timeout: TimeoutValue | None = None
    ) -> Any:
        """Experimental: a node's proxy state. `GET /api/v3/cluster/node/{id}/proxy`"""
        return await self._operate(_V3_CLUSTER_GET_NODE_PROXY, {"id": id}, retries, timeout)
