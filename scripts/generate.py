"""Generate the datarhei_core_api package from a pulled spec: convert, patch, generate, format.

    python -m scripts.generate [--version vod] [--output generated/datarhei_core_api]
                               [--fail-on-warning]

Deterministic: the same spec, overlay, config and templates give byte-identical output, so
`make check-generated` can compare a fresh generation with the committed one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from scripts.overlay import OverlayError, apply_overlay
from scripts.paths import (
    GENERATED_DIR,
    NODE_BIN,
    OPENAPI_DIR,
    PACKAGE_NAME,
    openapi_file,
    spec_folder,
    swagger_file,
)
from scripts.versions import DEFAULT_VERSION, pinned

CONFIG_FILE = OPENAPI_DIR / "config.yaml"
TEMPLATES_DIR = OPENAPI_DIR / "templates"
# Formatting of generated code is fixed here, not taken from whichever ruff config is nearest:
# generated/ is excluded from the project's ruff settings and temp folders have none.
RUFF_FORMAT = ["format", "--isolated", "--line-length", "100", "--quiet"]
RUFF_FIX = ["check", "--isolated", "--select", "F401,I", "--fix-only", "--quiet"]


class GenerationError(Exception):
    """A step of the pipeline failed; the message says which and why."""


def _run(command: list[str], step: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"{step} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def convert(version: str) -> dict[str, Any]:
    """Core's Swagger 2.0 document converted to OpenAPI 3 by swagger2openapi (no fixes yet)."""
    source = swagger_file(version)
    if not source.exists():
        raise GenerationError(f"{source} is missing: run `make spec CORE_VERSION={version}`")
    converter = NODE_BIN / "swagger2openapi"
    if not converter.exists():
        raise GenerationError(f"{converter} is missing: run `npm ci` (or `make setup`)")
    converted = spec_folder(version) / "converted.json"
    _run([str(converter), str(source), "--outfile", str(converted)], "swagger2openapi")
    document: dict[str, Any] = json.loads(converted.read_text())
    return document


def write_patched_spec(version: str) -> Path:
    """Convert and apply the overlay; the result is the stable input of the generator."""
    try:
        patched = apply_overlay(convert(version), version)
    except OverlayError as error:
        raise GenerationError(str(error)) from None
    target = openapi_file(version)
    target.write_text(json.dumps(patched, indent=2, ensure_ascii=False) + "\n")
    return target


UNUSED_FILES = ("client.py", "errors.py")


def generate_package(spec: Path, output: Path, fail_on_warning: bool) -> str:
    """Run openapi-python-client on spec into output (replaced); returns the generator's report."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    with tempfile.TemporaryDirectory(prefix="core-client-gen-") as scratch:
        package = Path(scratch) / PACKAGE_NAME
        command = [
            str(generator),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(CONFIG_FILE),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--custom-template-path",
            str(TEMPLATES_DIR),
        ]
        if fail_on_warning:
            command.append("--fail-on-warning")
        report = _run(command, "openapi-python-client")
        # The generator always writes its own HTTP client and its error for unexpected statuses;
        # core_client sends every request itself, so nothing would import them.
        for unused in UNUSED_FILES:
            (package / unused).unlink()
        ruff = [sys.executable, "-m", "ruff"]
        _run([*ruff, *RUFF_FIX, str(package)], "ruff check --fix")
        _run([*ruff, *RUFF_FORMAT, str(package)], "ruff format")
        # PEP 561 marker: --meta none writes no package metadata, so py.typed is ours to add.
        (package / "py.typed").write_text("")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, output)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="generate datarhei_core_api from a pulled spec")
    parser.add_argument("--version", default=DEFAULT_VERSION, help="pinned Core version")
    parser.add_argument(
        "--output",
        type=Path,
        default=GENERATED_DIR / PACKAGE_NAME,
        help="package folder to (re)write",
    )
    parser.add_argument("--fail-on-warning", action="store_true", help="generator warnings fail")
    parser.add_argument(
        "--spec-only", action="store_true", help="only write the patched OpenAPI 3 spec"
    )
    args = parser.parse_args(argv)
    pinned(args.version)
    try:
        spec = write_patched_spec(args.version)
        if args.spec_only:
            print(f"patched OpenAPI 3 spec of Core {args.version}: {spec}")
            return 0
        report = generate_package(spec, args.output, args.fail_on_warning)
    except GenerationError as error:
        print(f"generate ({args.version}): {error}", file=sys.stderr)
        return 1
    warnings = [line for line in report.splitlines() if "warning" in line.lower()]
    print(f"generated {args.output} from {spec} ({len(warnings)} generator warnings)")
    if warnings:
        print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
