"""`mypy --strict` accepts a call of every method with its documented types, and a user's script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.paths import ROOT

TYPED_CALLS = ROOT / "tests" / "surface" / "typed_calls.py"
USER_SCRIPT = ROOT / "tests" / "surface" / "typed_user_script.py"


def mypy(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_method_type_checks_with_its_documented_signature_and_result() -> None:
    result = mypy(str(TYPED_CALLS.relative_to(ROOT)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_a_user_script_reads_what_core_always_sends_without_casts() -> None:
    result = mypy(str(USER_SCRIPT.relative_to(ROOT)))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_field_core_may_omit_is_optional_to_the_type_checker(tmp_path: Path) -> None:
    # The other half of the promise: what a filter drops (state) or Core may omit (owner) is
    # `X | None`, so mypy stops a user from passing it on unchecked.
    script = (
        "from core_client import Client\n"
        "def f(client: Client) -> None:\n"
        "    p = client.v3_process_get('x')\n"
        "    client.v3_process_delete(p.owner)\n"
        "    print(p.state.exec)\n"
    )
    (tmp_path / "unchecked.py").write_text(script)
    result = mypy(str(tmp_path / "unchecked.py"))
    assert result.returncode == 1
    assert 'to "v3_process_delete" of' in result.stdout
    assert 'incompatible type "str | None"; expected "str"' in result.stdout
    assert 'Item "None" of "ProcessState | None" has no attribute "exec"' in result.stdout
