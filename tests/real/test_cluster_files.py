"""Files on the nodes of the session's real 3-node vod cluster, written and read through any node:
a node's storages, the cluster-wide listing and copies between a node's storages."""

from __future__ import annotations

import asyncio

from tests.real.cluster import node_ids, poll, unique
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCluster


def test_a_file_written_to_a_node_reads_back_through_every_node(
    real_cluster: RealCluster,
) -> None:
    ids = node_ids(real_cluster)
    owner, folder = ids[-1], f"/{unique('files')}"
    path, content = f"{folder}/a.txt", f"written to {ids[-1]}".encode()
    client = real_cluster.client(0)
    try:
        assert client.v3_cluster_node_fs_put_file(owner, "mem", path, content).created
        for node in range(len(ids)):
            reader = real_cluster.client(node)
            assert reader.v3_cluster_node_fs_head_file(owner, "mem", path) is True
            assert reader.v3_cluster_node_fs_get_file(owner, "mem", path) == content

        listed = client.v3_cluster_node_fs_get_file_list(owner, "mem", glob=f"{folder}/**")
        assert_fields_known(listed)
        assert [(file.name, file.size_bytes) for file in listed] == [(path, len(content))]

        # The cluster-wide listing names the node that has each file.
        everywhere = real_cluster.client(1).v3_cluster_fs_get_file_list("mem", glob=f"{folder}/**")
        assert_fields_known(everywhere)
        assert [(file.name, file.core_id) for file in everywhere] == [(path, owner)]
    finally:
        client.v3_cluster_node_fs_delete_file(owner, "mem", path)
    assert client.v3_cluster_node_fs_head_file(owner, "mem", path) is False


def test_a_node_copies_a_file_between_its_storages(real_cluster: RealCluster) -> None:
    ids = node_ids(real_cluster)
    owner, folder = ids[0], f"/{unique('copy')}"
    client = real_cluster.client(1)
    content = b"copied from mem to disk"
    client.v3_cluster_node_fs_put_file(owner, "mem", f"{folder}/a.txt", content)
    try:
        # A cluster node answers the copy with JSON null (one server: "OK").
        assert (
            client.v3_cluster_node_fs_put(owner, f"mem:{folder}/a.txt", f"disk:{folder}/b.txt")
            == ""
        )
        assert client.v3_cluster_node_fs_get_file(owner, "disk", f"{folder}/b.txt") == content

        def both_listed() -> dict[str, list[str]] | None:
            files = client.v3_cluster_node_get_files(owner)
            # `files` maps each storage (a name Core chooses) to its file names.
            assert_fields_known(files)
            listed = files.files or {}
            mem, disk = listed.get("mem", []), listed.get("disk", [])
            found = any(name.endswith(f"{folder}/b.txt") for name in disk)
            return listed if f"{folder}/a.txt" in mem and found else None

        # The node's file list is refreshed in the background.
        poll(both_listed, "the node lists the file in both storages")
    finally:
        client.v3_cluster_node_fs_delete_file(owner, "mem", f"{folder}/a.txt")
        client.v3_cluster_node_fs_delete_file(owner, "disk", f"{folder}/b.txt")


def test_node_files_through_the_async_client(real_cluster: RealCluster) -> None:
    ids = node_ids(real_cluster)
    owner, path = ids[1], f"/{unique('async')}/a.bin"
    content = bytes(range(256)) * 64

    async def round_trip() -> tuple[bool, bytes, bool]:
        async with real_cluster.async_client(2) as client:
            written = await client.v3_cluster_node_fs_put_file(owner, "mem", path, content)
            created = bool(written.created)
            read = await client.v3_cluster_node_fs_get_file(owner, "mem", path)
            # A node answers the delete with JSON null (one server: "Deleted: /path").
            assert await client.v3_cluster_node_fs_delete_file(owner, "mem", path) == ""
            return created, read, await client.v3_cluster_node_fs_head_file(owner, "mem", path)

    assert asyncio.run(round_trip()) == (True, content, False)
