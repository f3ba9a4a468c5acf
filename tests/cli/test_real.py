"""corectl against real Core servers (vod, v16.16.0, v16.10.0, and the vod cluster) of the
test harness: the commands an operator runs, their exit codes and their --json output."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from core_client.cli import cli
from tests.support.real_servers import RealCluster, RealCore

REPORTED_VERSION = {"vod": "16.20.0", "v16.16.0": "16.16.0", "v16.10.0": "16.10.0"}
_DEADLINE = 30.0

Run = Callable[..., Result]


def runner_of(core: RealCore, tmp_path: Path) -> Run:
    env = {
        "CORE_URL": core.url,
        "CORE_USERNAME": core.username,
        "CORE_PASSWORD": core.password,
        "CORE_PROFILE": None,
        "CORECTL_CONFIG": str(tmp_path / "profiles.json"),
    }

    def run(*args: str, input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input, env=env, prog_name="corectl")

    return run


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def wait_for(run: Run, id: str, exec_state: str) -> dict[str, Any]:
    deadline = time.monotonic() + _DEADLINE
    while True:
        state: dict[str, Any] = as_json(run("--json", "process", "state", id))
        if state["exec"] == exec_state or time.monotonic() > deadline:
            assert state["exec"] == exec_state, state
            return state
        time.sleep(0.2)


def test_about(real_core: RealCore, tmp_path: Path) -> None:
    about = as_json(runner_of(real_core, tmp_path)("--json", "about"))
    assert about["version"]["number"] == REPORTED_VERSION[real_core.version]


def test_process_lifecycle(real_core: RealCore, tmp_path: Path) -> None:
    run = runner_of(real_core, tmp_path)
    id = f"cli-{uuid.uuid4().hex[:8]}"
    config = f"""\
id: {id}
reference: corectl-test
input:
  - id: in
    address: testsrc=size=160x120:rate=10
    options: [-f, lavfi, -re]
output:
  - id: out
    address: "-"
    options: [-f, "null"]
options: [-loglevel, info]
"""
    added = run("process", "add", "-", "--start", input=config)
    assert (added.exit_code, added.stdout) == (0, f"added and started process {id}\n")
    try:
        assert run("-q", "process", "list", "--idpattern", id).stdout == f"{id}\n"
        listed = as_json(run("--json", "process", "list", "--reference", "corectl-test"))
        assert id in [item["id"] for item in listed]
        assert wait_for(run, id, "running")["order"] == "start"
        shown = as_json(run("--json", "process", "show", id))
        assert shown["config"]["input"][0]["address"] == "testsrc=size=160x120:rate=10"

        deadline = time.monotonic() + _DEADLINE
        while not (logs := run("process", "logs", id).stdout) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "ffmpeg" in logs or "Input" in logs, logs
        report = as_json(run("--json", "process", "report", id))
        assert report["log"]

        assert run("process", "metadata", id, "team", '{"name": "video"}').exit_code == 0
        assert as_json(run("--json", "process", "metadata", id, "team")) == {"name": "video"}

        assert run("process", "stop", id).stdout == f"stopped process {id}\n"
        assert wait_for(run, id, "finished")["order"] == "stop"
        updated = run("process", "update", id, "-", input=config.replace("info", "error"))
        assert updated.exit_code == 0, updated.output
        shown = as_json(run("--json", "process", "show", id))
        assert shown["config"]["options"] == ["-loglevel", "error"]
    finally:
        deleted = run("process", "delete", id)
    assert (deleted.exit_code, deleted.stdout) == (0, f"deleted process {id}\n")
    missing = run("process", "show", id)
    assert missing.exit_code == 1
    assert "Core answered 404" in missing.stderr


def test_process_add_duplicate_exits_1(real_core: RealCore, tmp_path: Path) -> None:
    run = runner_of(real_core, tmp_path)
    id = f"cli-{uuid.uuid4().hex[:8]}"
    config = json.dumps(
        {
            "id": id,
            "input": [{"id": "in", "address": "testsrc", "options": ["-f", "lavfi"]}],
            "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        }
    )
    assert run("process", "add", "-", input=config).exit_code == 0
    try:
        again = run("process", "add", "-", input=config)
        assert again.exit_code == 1
        assert again.stderr.startswith("corectl: Core answered 4")  # 409 on vod, 400 on v16
    finally:
        assert run("process", "delete", id).exit_code == 0


def test_files(real_core: RealCore, tmp_path: Path) -> None:
    run = runner_of(real_core, tmp_path)
    content = bytes(range(256)) * 8192  # 2 MiB
    source = tmp_path / "clip.bin"
    source.write_bytes(content)
    name = f"corectl/{uuid.uuid4().hex[:8]}.bin"
    assert run("fs", "put", "disk", name, str(source)).stdout == f"created disk:{name}\n"
    assert run("fs", "put", "disk", name, str(source)).stdout == f"overwrote disk:{name}\n"
    listed = as_json(run("--json", "fs", "ls", "disk", "--glob", f"/{name}"))
    assert [(item["name"], item["size_bytes"]) for item in listed] == [(f"/{name}", len(content))]
    target = tmp_path / "copy.bin"
    assert run("fs", "get", "disk", name, "-o", str(target)).exit_code == 0
    assert target.read_bytes() == content
    assert run("fs", "rm", "disk", name).exit_code == 0
    assert run("fs", "get", "disk", name, "-o", str(target)).exit_code == 1


def test_config_skills_metrics_events(real_core: RealCore, tmp_path: Path) -> None:
    run = runner_of(real_core, tmp_path)
    shown = as_json(run("--json", "config", "show", "api.auth"))
    assert shown["username"] == real_core.username
    assert shown["password"] == "<redacted>"
    everything = run("--json", "config", "show").stdout
    assert json.dumps(real_core.password) not in everything
    skills = as_json(run("--json", "skills"))
    assert skills["ffmpeg"]["version"]
    assert run("skills").stdout.startswith("ffmpeg")
    assert "cpu_idle" in run("-q", "metrics").stdout.split()
    lines = run("--json", "events").stdout.splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.core_versions("vod")
def test_iam_users(real_core: RealCore, tmp_path: Path) -> None:
    run = runner_of(real_core, tmp_path)
    names = run("-q", "iam", "user", "list").stdout.split()
    assert real_core.memfs_username in names
    memfs = as_json(run("--json", "iam", "user", "show", real_core.memfs_username))
    assert memfs["auth"]["services"]["basic"] == ["<redacted>"]
    name = f"cli-{uuid.uuid4().hex[:8]}"
    user = {"name": name, "auth": {"api": {"userpass": "pw-" + name}}, "policies": []}
    added = run("iam", "user", "add", "-", input=json.dumps(user))
    assert (added.exit_code, added.stdout) == (0, f"added user {name}\n"), added.output
    assert run("iam", "user", "rm", name).exit_code == 0
    assert run("iam", "user", "show", name).exit_code == 1


@pytest.mark.core_versions("vod")
def test_refused_login_exits_4(real_core: RealCore, tmp_path: Path) -> None:
    env = {"CORE_URL": real_core.url, "CORE_USERNAME": real_core.username}
    env |= {"CORE_PASSWORD": "wrong", "CORECTL_CONFIG": str(tmp_path / "p.json")}
    result = CliRunner().invoke(cli, ["about"], env=env)
    assert result.exit_code == 4
    assert "refused the login" in result.stderr


def test_cluster(real_cluster: RealCluster, tmp_path: Path) -> None:
    run = runner_of(real_cluster.nodes[0], tmp_path)
    about = as_json(run("--json", "cluster", "about"))
    assert len(about["nodes"]) == 3
    assert real_cluster.nodes[0].password not in json.dumps(about)
    assert run("cluster", "healthy").stdout == "healthy\n"
    node_ids = run("-q", "cluster", "nodes").stdout.split()
    assert len(node_ids) == 3
    node = as_json(run("--json", "cluster", "node", node_ids[1]))
    assert node["id"] == node_ids[1]
    processes = run("--json", "cluster", "processes")
    assert isinstance(as_json(processes), list)
