"""Deploy a process on a cluster and move it to another node.

On a cluster (Core 16.20, vod) processes are written through the `/api/v3/cluster/...`
routes of any node, and they need resource limits (`limits.cpu_usage`, percent of one core,
and `limits.memory_mbytes`). Everything is asynchronous: the cluster places the process on a
node with room (CPU and memory) at its next sync (every few seconds); until then its state is
`deploying`. A reallocation moves it to the node you name, again at the next sync; while it
moves, the process is on no node and reads as 404 (`NotFoundError`). Where no node has room,
the process stays `deploying` and its last log line says so.

`v3_cluster_put_reallocation` takes a list of moves (Core's spec shows one object, but Core
wants an array).
"""

import os
import time
from typing import Any

from core_client import Client, NotFoundError


def cluster_config(process_id: str) -> dict[str, Any]:
    """A tiny live process (a 32x32 test picture at 1 fps to nowhere) with the limits a
    cluster requires; its small CPU limit fits on a busy node."""
    return {
        "id": process_id,
        "input": [
            {"id": "in", "address": "testsrc=size=32x32:rate=1", "options": ["-f", "lavfi", "-re"]}
        ],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "limits": {"cpu_usage": 0.01, "memory_mbytes": 20},
        "autostart": True,
    }


def wait_on_node(
    client: Client, process_id: str, node: str | None = None, deadline: float = 60.0
) -> str:
    """The id of the node the process runs on, once it runs (on `node`, if given)."""
    end = time.monotonic() + deadline
    last = "not listed yet"
    while True:
        try:
            process = client.v3_cluster_process_get(process_id)
        except NotFoundError:
            process = None  # moving between nodes
        if process is not None and process.state is not None:
            on = process.core_id or ""
            if process.state.exec == "running" and on and node in (None, on):
                return on
            last = f"on {on or 'no node'}: {process.state.exec}, {process.state.last_logline!r}"
        if time.monotonic() > end:
            where = f"on {node}" if node else "on a node"
            raise TimeoutError(
                f"{process_id!r} is not running {where} after {deadline:g} s ({last})"
            )
        time.sleep(0.5)


def run(client: Client, config: dict[str, Any], deadline: float = 60.0) -> tuple[str, str]:
    """Deploys the process, waits until it runs, moves it to another node and waits until it
    runs there: (the first node, the second)."""
    process_id = config["id"]
    client.v3_cluster_process_post(config)
    first = wait_on_node(client, process_id, deadline=deadline)
    nodes = [node.id for node in client.v3_cluster_node_get_list() if node.status == "online"]
    target = next(node for node in nodes if node and node != first)
    move = {"target_node_id": target, "process_ids": [{"id": process_id, "domain": ""}]}
    client.v3_cluster_put_reallocation([move])
    return first, wait_on_node(client, process_id, target, deadline)


if __name__ == "__main__":
    with Client(
        os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
        os.environ.get("CORE_USERNAME", "admin"),
        os.environ.get("CORE_PASSWORD", "datarhei"),
    ) as client:
        try:
            first, second = run(client, cluster_config("cookbook-cluster"))
            print(f"ran on {first}, moved to {second}")
        finally:
            client.v3_cluster_process_delete("cookbook-cluster")
