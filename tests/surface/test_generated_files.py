"""The committed typed methods, schema shapes and README method table are up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import generate_methods
from scripts.generate_methods import render
from scripts.paths import ROOT
from scripts.versions import DEFAULT_VERSION
from scripts.wiring import TableError


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return {str(path.relative_to(ROOT)): text for path, text in render(DEFAULT_VERSION).items()}


@pytest.mark.parametrize(
    "name",
    [
        "core_client/_operations.py",
        "README.md",
        "tests/surface/typed_calls.py",
    ],
)
def test_committed_file_matches_a_fresh_rendering(rendered: dict[str, str], name: str) -> None:
    assert (ROOT / name).read_text() == rendered[name], (
        f"{name} is stale: run `python -m scripts.generate_methods`"
    )


def test_a_table_operation_the_spec_lacks_fails_the_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = generate_methods.TABLE_FILE.read_text()
    operation = 'operation_id = "process-3-get-state"'
    assert operation in table
    wrong = tmp_path / "methods.toml"
    wrong.write_text(table.replace(operation, 'operation_id = "process-3-get-stat"'))
    monkeypatch.setattr(generate_methods, "TABLE_FILE", wrong)
    match = "v3_process_get_state: no operation process-3-get-stat in the spec"
    with pytest.raises(TableError, match=match):
        render(DEFAULT_VERSION)
