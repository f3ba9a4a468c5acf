"""Upload and download a large file in constant memory.

`v3_fs_put_file` streams what it is given as it reads it: a binary file object (here), a
`pathlib.Path`, or any iterable of bytes chunks (e.g. from a generator); only bytes and text
are held whole. `v3_fs_download_file` writes the body to a path as it arrives (to a temporary
file, renamed once complete: a broken download leaves no partial file) or to a binary file
object; `v3_fs_get_file_stream` gives the chunks to a loop of your own. Neither holds the file
in memory, whatever its size. Use the `disk` storage for large files (`mem` lives in RAM).
"""

import hashlib
import os
import sys
from pathlib import Path

from core_client import Client


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def upload(client: Client, local: Path, remote: str, storage: str = "disk") -> bool | None:
    """Uploads `local` to `storage:remote`: True if that created the file, False if it
    replaced one (None: Core's answer did not say)."""
    with local.open("rb") as file:
        return client.v3_fs_put_file(storage, remote, file).created


def download(client: Client, remote: str, local: Path, storage: str = "disk") -> int:
    """Downloads `storage:remote` to `local`; the number of bytes written."""
    return client.v3_fs_download_file(storage, remote, local)


def run(client: Client, local: Path, remote: str, copy: Path, storage: str = "disk") -> int:
    """Uploads `local`, downloads it again to `copy`: the size of the copy."""
    upload(client, local, remote, storage)
    return download(client, remote, copy, storage)


if __name__ == "__main__":
    local = Path(sys.argv[1])  # python large_files.py video.mp4
    copy = local.with_name(local.name + ".copy")
    with Client(
        os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
        os.environ.get("CORE_USERNAME", "admin"),
        os.environ.get("CORE_PASSWORD", "datarhei"),
        timeout=60.0,
    ) as client:
        size = run(client, local, f"uploads/{local.name}", copy)
        print(size, "bytes; same content:", sha256_of(copy) == sha256_of(local))
        client.v3_fs_delete_file("disk", f"uploads/{local.name}")
