"""The committed typed methods, schema shapes and README method table are up to date."""

from __future__ import annotations

import pytest

from scripts.generate_methods import render
from scripts.paths import ROOT
from scripts.versions import DEFAULT_VERSION


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return {str(path.relative_to(ROOT)): text for path, text in render(DEFAULT_VERSION).items()}


@pytest.mark.parametrize(
    "name",
    [
        "core_client/_operations.py",
        "core_client/_schemas.py",
        "README.md",
        "tests/surface/typed_calls.py",
    ],
)
def test_committed_file_matches_a_fresh_rendering(rendered: dict[str, str], name: str) -> None:
    assert (ROOT / name).read_text() == rendered[name], (
        f"{name} is stale: run `python -m scripts.generate_methods`"
    )
