"""`make generate`, all or nothing: build in a copy of the tree, swap in only what all steps made.

    python -m scripts.regenerate [--version vod]

The copy goes through every step a regeneration needs: generate the package, render the methods
(core_client/_operations.py, the README method table, tests/surface/typed_calls.py),
import the built package, and compare a fresh generation with the result (what
`make check-generated` checks). Only when all of them pass are the outputs moved into the
working tree; a failure leaves it byte-identical and says why in one line (the full output goes
to .spec/<version>/regenerate.log).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from scripts.paths import GENERATED_DIR, PACKAGE_NAME, ROOT, spec_folder
from scripts.versions import DEFAULT_VERSION, pinned

PACKAGE_DIR = GENERATED_DIR / PACKAGE_NAME
# What a regeneration writes, relative to the repository.
OUTPUT_FILES = (
    "core_client/_operations.py",
    "README.md",
    "tests/surface/typed_calls.py",
)
# Not needed to build, large, or tied to this checkout: left out of the copy.
NOT_COPIED = {".git", ".venv", "node_modules", "site", "build", "dist", "__pycache__"}
NOT_COPIED_SUFFIXES = ("_cache",)


class StepFailed(Exception):
    """A step of the build in the copy failed: `step` names it, `output` is all it printed."""

    def __init__(self, step: str, output: str) -> None:
        super().__init__(step)
        self.step = step
        self.output = output

    def reason(self) -> str:
        """The last line that says something: the exception or error of the step."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        return lines[-1] if lines else "no output"


def _ignored(folder: str, names: list[str]) -> set[str]:
    return {name for name in names if name in NOT_COPIED or name.endswith(NOT_COPIED_SUFFIXES)}


def copy_tree(source: Path, target: Path) -> None:
    """The files a build reads (the pulled specs included), node_modules linked, not copied."""
    shutil.copytree(source, target, ignore=_ignored, symlinks=True)
    if (source / "node_modules").exists():
        (target / "node_modules").symlink_to(source / "node_modules")


def build(copy: Path, version: str) -> None:
    """Every step of a regeneration, run in copy (its own scripts, core_client and generated/
    come first on the path); raises StepFailed at the first that fails."""
    environment = os.environ | {"PYTHONPATH": os.pathsep.join([str(copy), str(copy / "generated")])}
    python = [sys.executable]
    steps = [
        ("generation", [*python, "-m", "scripts.generate", "--version", version]),
        ("method rendering", [*python, "-m", "scripts.generate_methods", "--version", version]),
        ("import of the built package", [*python, "-c", "import core_client, datarhei_core_api"]),
        ("check-generated", [*python, "-m", "scripts.check_generated", "--version", version]),
        (
            "check-generated (methods)",
            [*python, "-m", "scripts.generate_methods", "--version", version, "--check"],
        ),
    ]
    for step, command in steps:
        result = subprocess.run(
            command, cwd=copy, env=environment, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            # Paths inside the copy, said as paths of the repository.
            output = (result.stdout + result.stderr).replace(f"{copy}{os.sep}", "")
            raise StepFailed(step, output)


def swap_in(copy: Path, root: Path) -> list[str]:
    """Move the outputs built in copy into root; returns the ones that changed."""
    changed = []
    for name in OUTPUT_FILES:
        built, current = copy / name, root / name
        if current.exists() and current.read_bytes() == built.read_bytes():
            continue
        staged = current.with_name(f".{current.name}.{uuid.uuid4().hex}")
        shutil.copyfile(built, staged)
        staged.replace(current)
        changed.append(name)
    package = root / PACKAGE_DIR.relative_to(ROOT)
    built_package = copy / PACKAGE_DIR.relative_to(ROOT)
    if _tree_bytes(package) != _tree_bytes(built_package):
        # Staged beside the old package (same file system), then two renames.
        staged = package.with_name(f".{package.name}.new-{uuid.uuid4().hex}")
        old = package.with_name(f".{package.name}.old-{uuid.uuid4().hex}")
        shutil.copytree(built_package, staged, ignore=_ignored)
        if package.exists():
            package.rename(old)
        staged.rename(package)
        shutil.rmtree(old, ignore_errors=True)
        changed.append(str(PACKAGE_DIR.relative_to(ROOT)) + "/")
    return changed


def _tree_bytes(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def regenerate(root: Path, version: str) -> list[str]:
    """Build in a copy of root, then swap in; raises StepFailed with root untouched."""
    with tempfile.TemporaryDirectory(prefix="core-client-regenerate-") as scratch:
        copy = Path(scratch) / "tree"
        copy_tree(root, copy)
        build(copy, version)
        return swap_in(copy, root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", default=DEFAULT_VERSION, help="pinned Core version")
    args = parser.parse_args(argv)
    pinned(args.version)
    try:
        changed = regenerate(ROOT, args.version)
    except StepFailed as failure:
        log = spec_folder(args.version) / "regenerate.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(failure.output)
        print(
            f"make generate refused for Core {args.version}, nothing changed: {failure.step} "
            f"failed: {failure.reason()} (full output: {log.relative_to(ROOT)})",
            file=sys.stderr,
        )
        return 1
    print(f"Core {args.version}: " + (f"updated {', '.join(changed)}" if changed else "no change"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
