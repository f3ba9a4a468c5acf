"""`mypy --strict` accepts a call of every method with its documented types (one mypy run)."""

from __future__ import annotations

import subprocess
import sys

from scripts.paths import ROOT

TYPED_CALLS = ROOT / "tests" / "surface" / "typed_calls.py"


def test_every_method_type_checks_with_its_documented_signature_and_result() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(TYPED_CALLS.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
