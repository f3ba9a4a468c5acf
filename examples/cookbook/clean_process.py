"""Delete a process and the files it left in memfs.

Deleting a process makes Core delete the files that its outputs' cleanup rules mark with
`purge_on_delete` (see hls_to_memfs.py); files no such rule covers stay. On Core 16.20 (vod)
`v3_process_delete(id, purge=False)` keeps even the files of `purge_on_delete` rules; `True`
or not given (Core's default) deletes them. Core 16.16 and older ignore `purge` and always
apply the rules.

What is left below the process's folder is then deleted by a glob: one request on Core 16.20
(`DELETE /api/v3/fs/{storage}?glob=...`); Core 16.16 and older have no such route (404), so
the files are listed with the glob and deleted one by one.
"""

import os
import sys
from contextlib import suppress

from core_client import Client, NotFoundError


def delete_files(client: Client, storage: str, glob: str) -> list[str]:
    """Deletes the files matching `glob`; returns their paths."""
    try:
        return client.v3_fs_delete_file_list(storage, glob=glob)
    except NotFoundError:  # Core 16.16 and older: no glob delete
        deleted = []
        for file in client.v3_fs_get_file_list(storage, glob=glob):
            client.v3_fs_delete_file(storage, file.name)
            deleted.append(file.name)
        return deleted


def run(client: Client, process_id: str, purge: bool = True) -> list[str]:
    """Deletes the process (if it is there) and every file left below `/<process id>/` in memfs;
    returns the paths deleted by the glob (those the rules did not purge)."""
    with suppress(NotFoundError):  # deleted before: clean its files all the same
        client.v3_process_delete(process_id, purge=purge)
    return delete_files(client, "mem", f"/{process_id}/**")


if __name__ == "__main__":
    process_id = sys.argv[1] if len(sys.argv) > 1 else "cookbook-hls"
    with Client(
        os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
        os.environ.get("CORE_USERNAME", "admin"),
        os.environ.get("CORE_PASSWORD", "datarhei"),
    ) as client:
        print("deleted", process_id, "and", run(client, process_id) or "no other files")
