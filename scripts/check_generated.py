"""Fail with a readable diff if the committed generated/ package drifted from a fresh generation.

Regenerates from the pulled spec into a temporary folder; generated/ itself is never touched.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

from scripts.generate import GenerationError, generate_package, write_patched_spec
from scripts.paths import GENERATED_DIR, PACKAGE_NAME, ROOT
from scripts.versions import DEFAULT_VERSION

MAX_DIFF_LINES = 400


def _files(folder: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(folder)): path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def drift(committed: Path, fresh: Path) -> list[str]:
    """A unified diff (committed -> fresh) over both trees; empty when they are identical."""
    old, new = _files(committed), _files(fresh)
    lines: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        old_text = old[name].read_text().splitlines(keepends=True) if name in old else []
        new_text = new[name].read_text().splitlines(keepends=True) if name in new else []
        if old_text != new_text or (name in old) != (name in new):
            label = f"generated/{PACKAGE_NAME}/{name}"
            lines += difflib.unified_diff(old_text, new_text, label, f"{label} (fresh)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", default=DEFAULT_VERSION, help="Core version of generated/")
    args = parser.parse_args(argv)
    committed = GENERATED_DIR / PACKAGE_NAME
    with tempfile.TemporaryDirectory(prefix="core-client-check-") as scratch:
        fresh = Path(scratch) / PACKAGE_NAME
        try:
            generate_package(write_patched_spec(args.version), fresh, fail_on_warning=True)
        except GenerationError as error:
            print(f"check-generated: {error}", file=sys.stderr)
            return 1
        lines = drift(committed, fresh)
    if not lines:
        print(f"{committed.relative_to(ROOT)} matches a fresh generation of Core {args.version}")
        return 0
    shown = "".join(lines[:MAX_DIFF_LINES])
    more = len(lines) - MAX_DIFF_LINES
    print(shown + (f"\n... {more} more diff lines\n" if more > 0 else ""))
    print(
        f"check-generated: generated/{PACKAGE_NAME} drifted from its inputs (diff above). "
        "Run `make generate` and commit the result; never edit generated/ by hand.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
