"""`corectl cluster ...`: the nodes, processes and events of a Core cluster (vod)."""

from __future__ import annotations

import click

from .app import epilog, output_options, session
from .output import field, redacted
from .system import print_stream


@click.group(epilog=epilog("corectl cluster nodes", "corectl cluster relocate my-process node2"))
def cluster() -> None:
    """Inspect a cluster and move its processes (Core's vod branch)."""


@cluster.command(epilog=epilog("corectl cluster about"))
@output_options
def about() -> None:
    """Show the cluster: leader, nodes, raft state (node passwords redacted)."""
    state = session()
    state.output.document(redacted(state.client.v3_cluster_get_list().to_dict()))


@cluster.command(epilog=epilog("corectl cluster healthy && echo ok"))
@output_options
def healthy() -> None:
    """Say whether the cluster is healthy; the exit code is 1 when it is not."""
    state = session()
    is_healthy = state.client.v3_cluster_get_healthy()
    state.output.done(is_healthy, "healthy" if is_healthy else "not healthy")
    if not is_healthy:
        click.get_current_context().exit(1)


_NODE_COLUMNS = [
    ("ID", field("id")),
    ("NAME", field("name")),
    ("ADDRESS", field("address")),
    ("STATUS", field("status")),
    ("LEADER", field("leader")),
    ("VERSION", field("version")),
    ("UPTIME S", field("uptime_seconds")),
]


@cluster.command(epilog=epilog("corectl cluster nodes"))
@output_options
def nodes() -> None:
    """List the nodes of the cluster."""
    state = session()
    found = [redacted(node.to_dict()) for node in state.client.v3_cluster_node_get_list()]
    state.output.rows(found, _NODE_COLUMNS)


@cluster.command(epilog=epilog("corectl cluster node node1"))
@click.argument("id")
@output_options
def node(id: str) -> None:
    """Show one node."""
    state = session()
    state.output.document(redacted(state.client.v3_cluster_get_node(id).to_dict()))


_PROCESS_COLUMNS = [
    ("ID", field("id")),
    ("NODE", field("core_id")),
    ("REFERENCE", field("reference")),
    ("ORDER", field("state", "order")),
    ("STATE", field("state", "exec")),
]


@cluster.command(epilog=epilog("corectl cluster processes"))
@output_options
def processes() -> None:
    """List the processes of the whole cluster, with the node running each."""
    state = session()
    found = [item.to_dict() for item in state.client.v3_cluster_process_get_list()]
    state.output.rows(found, _PROCESS_COLUMNS)


@cluster.command(epilog=epilog("corectl cluster relocate my-process node2"))
@click.argument("id")
@click.argument("node")
@output_options
def relocate(id: str, node: str) -> None:
    """Move a process to another node."""
    state = session()
    answer = state.client.v3_cluster_put_reallocation(
        [{"target_node_id": node, "process_ids": [{"id": id, "domain": ""}]}]
    )
    state.output.done(answer, f"relocating process {id} to {node}", id)


@cluster.command(
    epilog=epilog("corectl cluster events", "corectl --json cluster events | jq .message")
)
@output_options
def events() -> None:
    """Stream the log events of every node until Ctrl-C."""
    state = session()
    with state.client.v3_cluster_post_events(sse=False) as stream:
        print_stream(state, (event.to_dict() for event in stream))


commands = [cluster]
