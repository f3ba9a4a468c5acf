"""Profiles: where they live, their file mode, cached and renewed tokens, and what a missing
profile or URL says."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.cli.conftest import Corectl
from tests.cli.fake_core import PASSWORD, USERNAME, FakeCore


def add_profile(run: Corectl, fake_core: FakeCore, name: str = "fake") -> None:
    result = run(
        "profile", "add", name, "--url", fake_core.url, "--username", USERNAME,
        "--password-stdin", input=PASSWORD + "\n",
    )  # fmt: skip
    assert (result.exit_code, result.stdout) == (0, f"added profile {name}\n"), result.output


def test_profile_file_is_private_and_holds_the_tokens(
    run: Corectl, fake_core: FakeCore, profile_file: Path
) -> None:
    add_profile(run, fake_core)
    assert stat.S_IMODE(profile_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(profile_file.parent.stat().st_mode) == 0o700
    stored = json.loads(profile_file.read_text())
    assert stored["current"] == "fake"
    profile = stored["profiles"]["fake"]
    assert (profile["url"], profile["username"], profile["password"]) == (
        fake_core.url,
        USERNAME,
        PASSWORD,
    )
    assert profile["access_token"] in fake_core.state.issued
    assert fake_core.state.logins == 1


def test_profile_in_use_needs_no_new_login(run: Corectl, fake_core: FakeCore) -> None:
    add_profile(run, fake_core)
    for _ in range(3):
        assert run("about").exit_code == 0
    assert fake_core.state.logins == 1
    assert fake_core.state.refreshes == 0


def test_expiring_cached_token_is_renewed_and_kept(
    run: Corectl, fake_core: FakeCore, profile_file: Path
) -> None:
    fake_core.state.access_lifetime = 30  # within the margin: not worth sending
    add_profile(run, fake_core)
    first = json.loads(profile_file.read_text())["profiles"]["fake"]["access_token"]
    assert run("-q", "process", "list").exit_code == 0
    assert (fake_core.state.logins, fake_core.state.refreshes) == (1, 1)
    renewed = json.loads(profile_file.read_text())["profiles"]["fake"]
    assert renewed["access_token"] != first
    assert renewed["access_token"] in fake_core.state.issued
    assert stat.S_IMODE(profile_file.stat().st_mode) == 0o600


def test_profile_list_use_rm(run: Corectl, fake_core: FakeCore, profile_file: Path) -> None:
    add_profile(run, fake_core, "one")
    add_profile(run, fake_core, "two")
    listed = json.loads(run("--json", "profile", "list").stdout)
    assert listed == [
        {"name": "one", "url": fake_core.url, "username": USERNAME, "current": False},
        {"name": "two", "url": fake_core.url, "username": USERNAME, "current": True},
    ]
    table = run("profile", "list").stdout.splitlines()
    assert table[2].split()[:2] == ["*", "two"]
    assert run("profile", "use", "one").stdout == "using profile one\n"
    assert json.loads(profile_file.read_text())["current"] == "one"
    assert run("profile", "rm", "one").exit_code == 0
    assert json.loads(profile_file.read_text())["current"] is None
    assert run("-q", "profile", "list").stdout == "two\n"
    assert run("--profile", "two", "about").exit_code == 0
    assert run("about", env={"CORE_PROFILE": "two"}).exit_code == 0


def test_unknown_profile_and_no_connection_say_what_to_set(run: Corectl) -> None:
    unknown = run("--profile", "nope", "about")
    assert unknown.exit_code == 2
    assert "no profile 'nope'" in unknown.stderr
    nothing = run("about")
    assert nothing.exit_code == 2
    assert "--url (or set CORE_URL)" in nothing.stderr
    assert "corectl profile add" in nothing.stderr


def test_username_without_password_and_no_terminal(run: Corectl, fake_core: FakeCore) -> None:
    result = run("about", env={"CORE_URL": fake_core.url, "CORE_USERNAME": USERNAME})
    assert result.exit_code == 2
    assert "set CORE_PASSWORD" in result.stderr


def test_refused_login_exits_4_and_stores_nothing(
    run: Corectl, fake_core: FakeCore, profile_file: Path
) -> None:
    result = run(
        "profile", "add", "bad", "--url", fake_core.url, "--username", USERNAME,
        "--password-stdin", input="wrong\n",
    )  # fmt: skip
    assert result.exit_code == 4
    assert "refused the login" in result.stderr
    assert not profile_file.exists()
    env = {"CORE_URL": fake_core.url, "CORE_USERNAME": USERNAME, "CORE_PASSWORD": "wrong"}
    assert run("about", env=env).exit_code == 4


def test_no_connection_exits_3(run: Corectl) -> None:
    # Port 9 (discard) on loopback: nothing listens there.
    result = run("--timeout", "1", "about", env={"CORE_URL": "http://127.0.0.1:9"})
    assert result.exit_code == 3
    assert "ConnectError" in result.stderr
