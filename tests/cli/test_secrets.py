"""No password or token in what corectl prints: output, --debug logs, errors."""

from __future__ import annotations

from click.testing import Result

from tests.cli.conftest import Corectl
from tests.cli.fake_core import PASSWORD, USERNAME, FakeCore


def assert_no_secret(result: Result, fake_core: FakeCore) -> None:
    printed = result.stdout + result.stderr
    assert PASSWORD not in printed
    assert fake_core.state.issued, "the fake issued tokens"
    for token in fake_core.state.issued:
        assert token not in printed
        # Nor any of its three parts (a header and claims alone are not secret, but the
        # signature is, and a cut token still carries it).
        assert token.rsplit(".", 1)[1] not in printed


def test_debug_logs_requests_without_secrets(corectl: Corectl, fake_core: FakeCore) -> None:
    result = corectl("--debug", "--json", "process", "list")
    assert result.exit_code == 0
    assert "POST /api/login" in result.stderr
    assert "GET /api/v3/process" in result.stderr
    assert_no_secret(result, fake_core)


def test_errors_with_debug_traceback_carry_no_secrets(
    corectl: Corectl, fake_core: FakeCore
) -> None:
    result = corectl("--debug", "process", "show", "nope")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert "NotFoundError" in result.stderr
    assert_no_secret(result, fake_core)


def test_refused_login_with_debug_carries_no_password(
    corectl: Corectl, fake_core: FakeCore
) -> None:
    fake_core.token("access", 600)  # so that assert_no_secret has a token to look for
    result = corectl("--debug", "about", env={"CORE_PASSWORD": PASSWORD + "-wrong"})
    assert result.exit_code == 4
    assert PASSWORD not in result.stdout + result.stderr
    assert_no_secret(result, fake_core)


def test_profile_commands_never_print_the_password_or_tokens(
    run: Corectl, fake_core: FakeCore
) -> None:
    added = run(
        "--debug", "profile", "add", "p", "--url", fake_core.url, "--username", USERNAME,
        "--password-stdin", input=PASSWORD,
    )  # fmt: skip
    assert added.exit_code == 0
    assert_no_secret(added, fake_core)
    for args in (["profile", "list"], ["--json", "profile", "list"], ["--debug", "about"]):
        result = run(*args)
        assert result.exit_code == 0
        assert_no_secret(result, fake_core)


def test_cores_own_secrets_are_redacted(corectl: Corectl, fake_core: FakeCore) -> None:
    # The fake's cluster nodes carry the admin password in their address, like vod's do.
    for args in (["cluster", "about"], ["--json", "cluster", "nodes"], ["config", "show"]):
        result = corectl(*args)
        assert result.exit_code == 0
        assert PASSWORD not in result.stdout
        assert fake_core.state.config["config"]["api"]["auth"]["password"] not in result.stdout
