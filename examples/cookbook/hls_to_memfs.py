"""Live HLS into Core's in-memory filesystem: a live test picture becomes a playlist that
Core serves at `/memfs/<process id>/index.m3u8`.

ffmpeg uploads every segment and the playlist with HTTP PUT to `{memfs}`, which Core replaces
with its own address and the credentials of the process's *owner*. On Core with IAM (vod,
16.20) the owner must be a user with a basic-auth password and a policy that lets it write to
`/memfs`: a process created by the superuser without `owner` is owned by the superuser, which
has no such password, and its uploads are refused silently (the process shows `running`, no
file appears). `warn_if_owner_cannot_write` checks a config for that before it is created.
Core 16.16 and older use the memfs credentials for every process and ignore `owner`.

The cleanup rules let Core keep a few segments and delete the files with the process.
"""

import fnmatch
import os
import time
import warnings
from collections.abc import Mapping
from typing import Any

from core_client import Client, NotFoundError

MEMFS = "{memfs}"


def hls_config(process_id: str, owner: str = "memfs") -> dict[str, Any]:
    """A test picture (`-re`: in real time) as HLS with 1 s segments, written to memfs.

    `{processid}` and `{memfs}` are Core's placeholders: Core fills them in.
    """
    folder = MEMFS + "/{processid}"
    return {
        "id": process_id,
        "owner": owner,
        "input": [
            {
                "id": "in",
                "address": "testsrc=size=160x90:rate=10",
                "options": ["-f", "lavfi", "-re"],
            }
        ],
        "output": [
            {
                "id": "hls",
                "address": folder + "/index.m3u8",
                "options": [
                    *("-codec:v", "libx264", "-preset", "ultrafast", "-g", "10"),
                    *("-f", "hls", "-hls_time", "1", "-hls_list_size", "6"),
                    *("-hls_flags", "delete_segments", "-method", "PUT"),
                    *("-hls_segment_filename", folder + "/segment_%04d.ts"),
                ],
                "cleanup": [
                    {
                        "pattern": "memfs:/{processid}/*.ts",
                        "max_files": 12,
                        "purge_on_delete": True,
                    },
                    {"pattern": "memfs:/{processid}/index.m3u8", "purge_on_delete": True},
                ],
            }
        ],
        "autostart": True,
        "reconnect": True,
    }


def memfs_paths(config: Mapping[str, Any]) -> list[str]:
    """What the outputs write below `{memfs}`, as paths of Core's memfs (`/memfs/...`)."""
    paths = []
    for output in config.get("output", []):
        for value in [output.get("address", ""), *output.get("options", [])]:
            if value.startswith(MEMFS):
                paths.append("/memfs" + value.removeprefix(MEMFS))
    return paths


def owner_problems(client: Client, config: Mapping[str, Any]) -> list[str]:
    """Why the owner of a process config could not write its `{memfs}` outputs (none: it can).

    A rough check of Core's rules: the owner needs a basic-auth password, and unless it is a
    superuser an `fs` policy whose resource matches the path and allows PUT (or ANY).
    """
    paths = memfs_paths(config)
    if not paths:
        return []
    try:
        client.v3_iam_get_user_list()
    except NotFoundError:
        return []  # no IAM (16.16 and older): ffmpeg writes with the memfs credentials
    owner = config.get("owner") or ""
    if not owner:
        return [
            "the process has no owner: Core makes the user who creates it the owner, and a "
            f"superuser from Core's config has no basic-auth password to write {paths[0]}; "
            'set "owner" (e.g. the memfs user)'
        ]
    try:
        user = client.v3_iam_get_user(owner)
    except NotFoundError:
        return [f"the owner {owner!r} is no IAM user: ffmpeg cannot write {paths[0]}"]
    services = user.auth.services if user.auth else None
    if not (services and services.basic):
        return [f"the owner {owner!r} has no basic-auth password: ffmpeg cannot write {paths[0]}"]
    if user.superuser:
        return []
    domain = config.get("domain") or "$none"
    problems = []
    for path in paths:
        allowed = any(
            "fs" in (policy.types or [])
            and fnmatch.fnmatchcase(path, policy.resource or "")
            and fnmatch.fnmatchcase(domain, policy.domain or "$none")
            and {"put", "any"} & {action.lower() for action in policy.actions or []}
            for policy in user.policies or []
        )
        if not allowed:
            problems.append(f"no policy lets the owner {owner!r} write {path}")
    return problems


def warn_if_owner_cannot_write(client: Client, config: Mapping[str, Any]) -> list[str]:
    """`owner_problems`, each also as a warning."""
    problems = owner_problems(client, config)
    for problem in problems:
        warnings.warn(problem, stacklevel=2)
    return problems


def run(client: Client, process_id: str, owner: str = "memfs", deadline: float = 20.0) -> str:
    """Starts the live HLS process and returns its playlist's path in memfs once it is there."""
    config = hls_config(process_id, owner)
    warn_if_owner_cannot_write(client, config)
    client.v3_process_post(config)
    playlist = f"/{process_id}/index.m3u8"
    end = time.monotonic() + deadline
    while not client.v3_fs_get_file_exists("mem", playlist):
        if time.monotonic() > end:
            state = client.v3_process_get_state(process_id)
            raise TimeoutError(
                f"no {playlist} in memfs after {deadline:g} s: exec {state.exec!r}, "
                f"last log line {state.last_logline!r}"
            )
        time.sleep(0.2)
    return playlist


if __name__ == "__main__":
    url = os.environ.get("CORE_URL", "http://127.0.0.1:8080")
    with Client(
        url, os.environ.get("CORE_USERNAME", "admin"), os.environ.get("CORE_PASSWORD", "datarhei")
    ) as client:
        playlist = run(client, "cookbook-hls", os.environ.get("CORE_MEMFS_USERNAME", "memfs"))
        print(f"live: {url}/memfs{playlist}")
        print("stop and remove it: python clean_process.py cookbook-hls")
