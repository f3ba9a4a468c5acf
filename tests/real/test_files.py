"""Files on real servers: the storages' file API, through the library."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from core_client import Client
from core_client.exceptions import NotFoundError
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCore


def unique_folder() -> str:
    return f"realops-{uuid.uuid4().hex[:12]}"


def round_trip(client: Client, storage: str, tmp_path: Path) -> None:
    """Write, list, read, download and delete one file (a name with a space) in `storage`."""
    folder = unique_folder()
    path = f"{folder}/a file.txt"
    content = f"written to {storage} by {folder}".encode()
    try:
        assert client.v3_fs_put_file(storage, path, content).created in (True, None)
        assert client.v3_fs_put_file(storage, path, content).created in (False, None)

        listed = client.v3_fs_get_file_list(storage, glob=f"/{folder}/**")
        assert_fields_known(listed)
        assert [(item.name, item.size_bytes) for item in listed] == [(f"/{path}", len(content))]

        assert client.v3_fs_get_file(storage, path) == content
        assert client.v3_fs_download_file(storage, path, tmp_path / "copy") == len(content)
        assert (tmp_path / "copy").read_bytes() == content
        assert client.v3_fs_get_file_exists(storage, path) is True
    finally:
        client.v3_fs_delete_file(storage, path)
    assert client.v3_fs_get_file_list(storage, glob=f"/{folder}/**") == []
    with pytest.raises(NotFoundError):
        client.v3_fs_get_file(storage, path)
    assert client.v3_fs_get_file_exists(storage, path) is False


@pytest.mark.core_versions("vod", "v16.16.0")
@pytest.mark.parametrize("storage", ["mem", "disk"])
def test_a_file_round_trips_through_a_storage(
    real_core: RealCore, storage: str, tmp_path: Path
) -> None:
    # HEAD is in vod's spec only, but v16.16.0 answers it too (SPEC_DIFFS 14).
    round_trip(real_core.client(), storage, tmp_path)


@pytest.mark.core_versions("v16.10.0")
@pytest.mark.parametrize("storage", ["mem", "disk"])
def test_a_file_round_trips_through_the_fixed_storage_routes_of_v16_10(
    real_core: RealCore, storage: str, tmp_path: Path
) -> None:
    # v16.10.0 has /api/v3/fs/mem/... and /api/v3/fs/disk/... (memfs-3-*, diskfs-3-*): the same
    # methods reach them with the storage names "mem" and "disk". HEAD on mem is 405
    # (SPEC_DIFFS 28): `exists` then asks with a GET it leaves unread.
    round_trip(real_core.client(), storage, tmp_path)


@pytest.mark.core_versions("vod", "v16.16.0")
def test_the_storages_are_listed(real_core: RealCore) -> None:
    storages = real_core.client().v3_fs_get_list()
    assert_fields_known(storages)
    assert {(item.name, item.mount) for item in storages} == {("disk", "/"), ("mem", "/memfs")}


@pytest.mark.core_versions("vod")
def test_files_are_copied_and_moved_between_storages_and_deleted_by_glob(
    real_core: RealCore,
) -> None:
    client = real_core.client()
    folder = unique_folder()
    source, copy, moved = f"{folder}/source.txt", f"{folder}/copy.txt", f"{folder}/moved.txt"
    try:
        client.v3_fs_put_file("mem", source, b"payload")
        assert client.v3_fs_put(f"mem:/{source}", f"disk:/{copy}") == "OK"
        assert client.v3_fs_put(f"disk:/{copy}", f"mem:/{moved}", operation="move") == "OK"
        assert client.v3_fs_get_file("mem", moved) == b"payload"
        assert client.v3_fs_get_file_exists("disk", copy) is False
        deleted = client.v3_fs_delete_file_list("mem", glob=f"/{folder}/**")
        assert sorted(deleted) == [f"/{moved}", f"/{source}"]
        assert client.v3_fs_get_file_list("mem", glob=f"/{folder}/**") == []
    finally:
        client.v3_fs_delete_file_list("mem", glob=f"/{folder}/**")
        client.v3_fs_delete_file_list("disk", glob=f"/{folder}/**")
