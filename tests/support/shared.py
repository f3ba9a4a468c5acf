"""What the tests take from ../shared, the project's folder beside this one: Core's pinned specs
and a table of operation names (`openapi/`), recorded real exchanges (`fixtures/`), and the
real-server kit (`core/`, see real_servers.py).

A test module that needs a part of it calls `needs` first: where the part is missing, the module
skips, saying how to get it (with CORE_REQUIRE_REAL=1, as in CI, it fails instead). The specs
themselves need no ../shared: `pull` downloads them where there is no mirror, or takes the copy
it verified before.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from scripts.paths import ROOT, SHARED

# The folder of the pinned spec files; None: `scripts.spec.pull` takes them from upstream.
SPEC_MIRROR: Path | None = (
    Path(os.environ["SPEC_MIRROR"])
    if os.environ.get("SPEC_MIRROR")
    else (SHARED / "openapi" if (SHARED / "openapi").is_dir() else None)
)
# Each operation's name in every version (only ../shared has it).
OPERATION_NAMES = SHARED / "openapi" / "operation-names.tsv"
# Recorded exchanges: `make record` writes fresh ones to ./fixtures; without them, the shared ones.
FIXTURES = next(
    (folder for folder in (ROOT / "fixtures", SHARED / "fixtures") if folder.is_dir()),
    SHARED / "fixtures",
)


def needs(path: Path, what: str) -> None:
    """Skip the calling test module, at its import, where `path` is missing."""
    if path.exists():
        return
    reason = (
        f"needs {what} ({path} is missing): run the tests beside the project's shared/ folder"
        f"{', or `make record` into ./fixtures' if path.is_relative_to(FIXTURES) else ''}"
    )
    if os.environ.get("CORE_REQUIRE_REAL") == "1":
        pytest.fail(f"CORE_REQUIRE_REAL=1 but it {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def exchange(version: str, name: str) -> dict[str, Any]:
    """A recorded exchange (`FIXTURES/<version>/<name>.json`): request and response; the calling
    test skips where it is missing."""
    path = FIXTURES / version / f"{name}.json"
    needs(path, "a recorded real exchange")
    recorded: dict[str, Any] = json.loads(path.read_text())
    return recorded
