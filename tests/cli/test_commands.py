"""Every corectl command through Click's runner against the fake Core: what is sent, what is
printed with --json / --quiet / as a table, and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest

from tests.cli.conftest import Corectl
from tests.cli.fake_core import FakeCore, recorded

CONFIG = {
    "id": "cam-1",
    "reference": "lobby",
    "input": [{"id": "in", "address": "testsrc=rate=25", "options": ["-f", "lavfi", "-re"]}],
    "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
    "options": ["-loglevel", "info"],
}

YAML_CONFIG = """\
id: cam-2
reference: garage
input:
  - id: in
    address: testsrc=rate=25
    options: [-f, lavfi]
output:
  - id: out
    address: "-"
    options: [-f, "null"]
"""


def config_file(tmp_path: Path, config: dict[str, Any] = CONFIG) -> str:
    path = tmp_path / f"{config['id']}.json"
    path.write_text(json.dumps(config))
    return str(path)


def commands_sent(fake_core: FakeCore, id: str) -> list[str]:
    return [
        json.loads(seen.body)["command"]
        for seen in fake_core.requests("PUT", f"/api/v3/process/{id}/command")
    ]


def test_about_json_is_cores_document(corectl: Corectl) -> None:
    result = corectl("--json", "about")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == recorded("013-about-authenticated")


def test_about_table_shows_name_and_version(corectl: Corectl) -> None:
    result = corectl("about")
    assert result.exit_code == 0
    about = recorded("013-about-authenticated")
    lines = result.stdout.splitlines()
    assert any(line.split() == ["name", about["name"]] for line in lines)
    assert any(line.split() == ["version.number", about["version"]["number"]] for line in lines)


def test_process_add_from_a_file_and_start(
    corectl: Corectl, fake_core: FakeCore, tmp_path: Path
) -> None:
    result = corectl("process", "add", config_file(tmp_path), "--start")
    assert result.exit_code == 0, result.output
    assert result.stdout == "added and started process cam-1\n"
    assert fake_core.state.processes["cam-1"]["config"]["input"] == CONFIG["input"]
    assert commands_sent(fake_core, "cam-1") == ["start"]


def test_process_add_yaml_from_stdin_prints_cores_config(
    corectl: Corectl, fake_core: FakeCore
) -> None:
    result = corectl("--json", "process", "add", "-", input=YAML_CONFIG)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed == fake_core.state.processes["cam-2"]["config"]
    assert printed["output"][0]["options"] == ["-f", "null"]
    assert commands_sent(fake_core, "cam-2") == []


def test_process_add_quiet_prints_the_id(corectl: Corectl, tmp_path: Path) -> None:
    result = corectl("process", "add", config_file(tmp_path), "-q")
    assert (result.exit_code, result.stdout) == (0, "cam-1\n")


def test_process_add_duplicate_is_cores_error_on_one_line(
    corectl: Corectl, fake_core: FakeCore, tmp_path: Path
) -> None:
    fake_core.add_process(CONFIG)
    result = corectl("process", "add", config_file(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "409: process already exists [POST " in result.stderr
    assert "Traceback" not in result.stderr


def test_process_add_invalid_field_is_refused_before_sending(
    corectl: Corectl, fake_core: FakeCore, tmp_path: Path
) -> None:
    bad = CONFIG | {"input": [{"id": "in", "address": 42}]}
    result = corectl("process", "add", config_file(tmp_path, bad))
    assert result.exit_code == 2
    assert "input[0].address" in result.stderr
    assert fake_core.requests("POST", "/api/v3/process") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [("[1, 2]", "must hold one JSON or YAML object"), ("{a: [", "neither JSON nor YAML")],
)
def test_process_add_unreadable_file_is_a_usage_error(
    corectl: Corectl, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    result = corectl("process", "add", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    missing = corectl("process", "add", str(tmp_path / "missing.json"))
    assert missing.exit_code == 2
    assert "cannot read" in missing.stderr


def test_process_list_json_quiet_table_and_filters(corectl: Corectl, fake_core: FakeCore) -> None:
    for id, reference in [("cam-1", "lobby"), ("cam-2", "garage"), ("mic-1", "lobby")]:
        fake_core.add_process(CONFIG | {"id": id, "reference": reference})
    listed = json.loads(corectl("--json", "process", "list").stdout)
    assert [item["id"] for item in listed] == ["cam-1", "cam-2", "mic-1"]
    assert listed[0] == fake_core.state.processes["cam-1"]
    assert corectl("process", "list", "-q", "--idpattern", "cam-*").stdout == "cam-1\ncam-2\n"
    assert corectl("-q", "process", "list", "--reference", "lobby").stdout == "cam-1\nmic-1\n"
    assert corectl("-q", "process", "list", "--refpattern", "gar*").stdout == "cam-2\n"
    assert corectl("-q", "process", "list", "--id", "mic-1,cam-2").stdout == "cam-2\nmic-1\n"
    table = corectl("process", "list").stdout.splitlines()
    assert table[0].split()[:4] == ["ID", "REFERENCE", "ORDER", "STATE"]
    assert table[1].split()[:4] == ["cam-1", "lobby", "stop", "finished"]


def test_process_show_state_report_probe(corectl: Corectl, fake_core: FakeCore) -> None:
    process = fake_core.add_process(CONFIG)
    assert json.loads(corectl("--json", "process", "show", "cam-1").stdout) == process
    state = json.loads(corectl("process", "state", "cam-1", "--json").stdout)
    assert state == process["state"]
    report = json.loads(corectl("--json", "process", "report", "cam-1").stdout)
    assert report["log"][0] == ["1700000000", "ffmpeg line 0"]
    probe = json.loads(corectl("--json", "process", "probe", "cam-1").stdout)
    assert probe == recorded("030-process-3-probe")
    table = corectl("process", "state", "cam-1").stdout.splitlines()
    assert ["exec", "finished"] in [line.split() for line in table]


def test_process_show_missing_exits_1_with_cores_details(corectl: Corectl) -> None:
    result = corectl("process", "show", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("corectl: Core answered 404: unknown process [GET ")


def test_process_update(corectl: Corectl, fake_core: FakeCore, tmp_path: Path) -> None:
    fake_core.add_process(CONFIG)
    changed = CONFIG | {"options": ["-loglevel", "debug"]}
    result = corectl("process", "update", "cam-1", config_file(tmp_path, changed))
    assert (result.exit_code, result.stdout) == (0, "updated process cam-1\n")
    assert fake_core.state.processes["cam-1"]["config"]["options"] == ["-loglevel", "debug"]


def test_process_edit_sends_the_edited_config(
    corectl: Corectl, fake_core: FakeCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_core.add_process(CONFIG)
    shown: list[str] = []

    def editor(text: str, **options: Any) -> str:
        shown.append(text)
        return text.replace("reference: lobby", "reference: hall")

    monkeypatch.setattr(click, "edit", editor)
    result = corectl("process", "edit", "cam-1")
    assert (result.exit_code, result.stdout) == (0, "updated process cam-1\n")
    assert "id: cam-1" in shown[0]
    assert fake_core.state.processes["cam-1"]["reference"] == "hall"


@pytest.mark.parametrize(
    ("edited", "code", "message"),
    [
        (None, 0, "no change to process cam-1"),
        ("id: cam-1\ninput: 7\n", 2, "invalid config."),
        ("id: [unclosed\n", 2, "not YAML"),
    ],
)
def test_process_edit_unchanged_or_invalid_sends_nothing(
    corectl: Corectl,
    fake_core: FakeCore,
    monkeypatch: pytest.MonkeyPatch,
    edited: str | None,
    code: int,
    message: str,
) -> None:
    fake_core.add_process(CONFIG)
    monkeypatch.setattr(click, "edit", lambda text, **options: edited)
    result = corectl("process", "edit", "cam-1")
    assert result.exit_code == code
    assert message in result.output
    assert fake_core.requests("PUT", "/api/v3/process/cam-1") == []


@pytest.mark.parametrize("command", ["start", "stop", "restart", "reload"])
def test_process_commands(corectl: Corectl, fake_core: FakeCore, command: str) -> None:
    fake_core.add_process(CONFIG)
    result = corectl("process", command, "cam-1")
    assert result.exit_code == 0
    assert result.stdout.endswith("process cam-1\n")
    assert commands_sent(fake_core, "cam-1") == [command]
    assert json.loads(corectl("--json", "process", command, "cam-1").stdout) == "OK"


def test_process_delete(corectl: Corectl, fake_core: FakeCore) -> None:
    fake_core.add_process(CONFIG)
    assert corectl("process", "delete", "cam-1", "-q").stdout == "cam-1\n"
    assert "cam-1" not in fake_core.state.processes
    assert corectl("process", "delete", "cam-1").exit_code == 1


def test_process_logs(corectl: Corectl, fake_core: FakeCore) -> None:
    fake_core.add_process(CONFIG)
    result = corectl("process", "logs", "cam-1")
    assert result.stdout == "ffmpeg line 0\nffmpeg line 1\nffmpeg line 2\n"
    lines = corectl("--json", "process", "logs", "cam-1").stdout.splitlines()
    assert json.loads(lines[0]) == {"ts": "1700000000", "line": "ffmpeg line 0"}


def test_process_metadata_set_get_all_and_remove(corectl: Corectl, fake_core: FakeCore) -> None:
    fake_core.add_process(CONFIG)
    assert corectl("process", "metadata", "cam-1", "team", '{"name": "video"}').exit_code == 0
    assert corectl("process", "metadata", "cam-1", "note", "-", input="plain text").exit_code == 0
    assert fake_core.state.processes["cam-1"]["metadata"] == {
        "team": {"name": "video"},
        "note": "plain text",
    }
    team = corectl("--json", "process", "metadata", "cam-1", "team")
    assert json.loads(team.stdout) == {"name": "video"}
    everything = corectl("--json", "process", "metadata", "cam-1")
    assert json.loads(everything.stdout) == {"team": {"name": "video"}, "note": "plain text"}
    assert corectl("process", "metadata", "cam-1", "note", "null").exit_code == 0
    assert "note" not in fake_core.state.processes["cam-1"]["metadata"]
    assert corectl("process", "metadata", "cam-1", "note").exit_code == 1


def test_fs_put_ls_get_rm(corectl: Corectl, fake_core: FakeCore, tmp_path: Path) -> None:
    content = bytes(range(256)) * 4096
    source = tmp_path / "clip.bin"
    source.write_bytes(content)
    created = corectl("fs", "put", "disk", "videos/clip.bin", str(source))
    assert (created.exit_code, created.stdout) == (0, "created disk:videos/clip.bin\n")
    again = corectl("--json", "fs", "put", "disk", "videos/clip.bin", str(source))
    assert json.loads(again.stdout) == {
        "storage": "disk",
        "path": "videos/clip.bin",
        "created": False,
    }
    assert fake_core.state.files["disk"]["/videos/clip.bin"] == content
    listed = json.loads(corectl("--json", "fs", "ls", "disk").stdout)
    assert listed == [
        {"name": "/videos/clip.bin", "size_bytes": len(content), "last_modified": 1700000000}
    ]
    assert corectl("-q", "fs", "ls", "disk", "--glob", "/other/*").stdout == ""
    table = corectl("fs", "ls", "disk").stdout.splitlines()
    assert table[1].split() == [
        "/videos/clip.bin",
        str(len(content)),
        "2023-11-14",
        "22:13:20",
        "UTC",
    ]

    target = tmp_path / "copy.bin"
    got = corectl("fs", "get", "disk", "videos/clip.bin", "-o", str(target))
    assert got.exit_code == 0
    assert target.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    to_stdout = corectl("fs", "get", "disk", "videos/clip.bin", "-o", "-")
    assert to_stdout.stdout_bytes == content

    assert corectl("fs", "rm", "disk", "videos/clip.bin").stdout == "deleted disk:videos/clip.bin\n"
    assert fake_core.state.files["disk"] == {}


def test_fs_put_from_stdin_and_get_to_the_files_name(
    corectl: Corectl, fake_core: FakeCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert corectl("fs", "put", "mem", "live/a.txt", "-", input=b"streamed").exit_code == 0
    assert fake_core.state.files["mem"]["/live/a.txt"] == b"streamed"
    monkeypatch.chdir(tmp_path)
    assert corectl("fs", "get", "mem", "live/a.txt", "-q").stdout == "a.txt\n"
    assert (tmp_path / "a.txt").read_bytes() == b"streamed"


def test_fs_get_missing_leaves_no_file(corectl: Corectl, tmp_path: Path) -> None:
    result = corectl("fs", "get", "disk", "nope.bin", "-o", str(tmp_path / "nope.bin"))
    assert result.exit_code == 1
    assert "file not found" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_fs_rm_glob_and_usage(corectl: Corectl, fake_core: FakeCore) -> None:
    fake_core.state.files["mem"] |= {"/a.ts": b"1", "/b.ts": b"2", "/c.m3u8": b"3"}
    result = corectl("--json", "fs", "rm", "mem", "--glob", "/*.ts")
    assert json.loads(result.stdout) == ["/a.ts", "/b.ts"]
    assert list(fake_core.state.files["mem"]) == ["/c.m3u8"]
    assert corectl("fs", "rm", "mem").exit_code == 2
    assert corectl("fs", "rm", "mem", "/c.m3u8", "--glob", "*").exit_code == 2


def test_events_recent_as_json_lines_and_filtered(corectl: Corectl, fake_core: FakeCore) -> None:
    lines = corectl("--json", "events").stdout.splitlines()
    assert [json.loads(line)["message"] for line in lines] == ["event 0", "event 1", "event 2"]
    only = corectl("events", "--filter", "message=1$").stdout.splitlines()
    assert len(only) == 1 and only[0].endswith("event 1")
    assert corectl("events", "--filter", "nonsense").exit_code == 2


def test_config_show_redacts_secrets(corectl: Corectl, fake_core: FakeCore) -> None:
    settings = fake_core.state.config["config"]
    shown = json.loads(corectl("--json", "config", "show").stdout)
    assert shown["config"]["api"]["auth"]["password"] == "<redacted>"
    assert shown["config"]["api"]["auth"]["username"] == settings["api"]["auth"]["username"]
    revealed = json.loads(corectl("--json", "config", "show", "--show-secrets").stdout)
    assert revealed == fake_core.state.config
    one = corectl("config", "show", "log.level")
    assert one.stdout == f"{settings['log']['level']}\n"
    missing = corectl("config", "show", "no.such.key")
    assert missing.exit_code == 2
    assert "no setting 'no.such.key'" in missing.stderr


def test_config_set_keeps_the_other_settings_and_reload(
    corectl: Corectl, fake_core: FakeCore
) -> None:
    before = json.loads(json.dumps(fake_core.state.config["config"]))
    assert corectl("config", "set", "log.level", "debug").exit_code == 0
    assert corectl("config", "set", "api.auth.enable", "false").exit_code == 0
    after = fake_core.state.config["config"]
    assert after["log"]["level"] == "debug"
    assert after["api"]["auth"]["enable"] is False
    assert after["api"]["auth"]["password"] == before["api"]["auth"]["password"]
    assert corectl("config", "set", "api.auth.enable", "maybe").exit_code == 2
    assert corectl("config", "reload").stdout == "reloaded the config\n"


def test_metrics_and_skills(corectl: Corectl) -> None:
    names = corectl("-q", "metrics").stdout.splitlines()
    assert names == [item["name"] for item in recorded("104-metrics-3-describe")]
    queried = json.loads(corectl("--json", "metrics", "--metric", "cpu_idle").stdout)
    assert [metric["name"] for metric in queried["metrics"]] == ["cpu_idle"]
    table = corectl("metrics", "--metric", "cpu_idle", "--metric", "mem_free").stdout
    assert [line.split() for line in table.splitlines()[1:]] == [
        ["cpu_idle", "2.5"],
        ["mem_free", "2.5"],
    ]
    skills = recorded("100-skills-3")
    assert json.loads(corectl("--json", "skills").stdout) == skills
    summary = corectl("skills").stdout.splitlines()
    assert summary[0].split() == ["ffmpeg", skills["ffmpeg"]["version"]]


def test_iam_users(corectl: Corectl, fake_core: FakeCore, tmp_path: Path) -> None:
    assert corectl("-q", "iam", "user", "list").stdout == "memfs\n$anon\n"
    memfs = json.loads(corectl("--json", "iam", "user", "show", "memfs").stdout)
    assert memfs["auth"]["services"]["basic"] == ["<redacted>"]
    alice = {"name": "alice", "auth": {"api": {"userpass": "alice-pw"}}, "policies": []}
    path = tmp_path / "alice.json"
    path.write_text(json.dumps(alice))
    added = corectl("iam", "user", "add", str(path))
    assert (added.exit_code, added.stdout) == (0, "added user alice\n")
    assert fake_core.state.users["alice"]["auth"]["api"]["userpass"] == "alice-pw"
    assert corectl("iam", "user", "rm", "alice").stdout == "removed user alice\n"
    assert "alice" not in fake_core.state.users
    assert corectl("iam", "user", "show", "alice").exit_code == 1


def test_cluster_commands(corectl: Corectl, fake_core: FakeCore) -> None:
    fake_core.add_process(CONFIG)
    about = json.loads(corectl("--json", "cluster", "about").stdout)
    assert about["leader"]["id"] == "node1"
    assert about["leader"]["core"]["address"] == "http://<redacted>@127.0.0.1:8001/"
    assert corectl("cluster", "healthy").stdout == "healthy\n"
    assert corectl("-q", "cluster", "nodes").stdout == "node1\nnode2\nnode3\n"
    node = json.loads(corectl("--json", "cluster", "node", "node2").stdout)
    assert node["address"] == "127.0.0.1:9002"
    assert corectl("cluster", "node", "node9").exit_code == 1
    processes = corectl("cluster", "processes").stdout.splitlines()
    assert processes[1].split()[:2] == ["cam-1", "node2"]
    moved = corectl("cluster", "relocate", "cam-1", "node3")
    assert moved.stdout == "relocating process cam-1 to node3\n"
    sent = json.loads(fake_core.requests("PUT", "/api/v3/cluster/reallocation")[0].body)
    assert sent == [{"target_node_id": "node3", "process_ids": [{"id": "cam-1", "domain": ""}]}]
