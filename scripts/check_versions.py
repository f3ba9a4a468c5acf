"""Generate every pinned Core version into a temporary folder, generator warnings as errors.

A contract check: the overlay must keep working for each supported Core release, not only for
the default one that generated/ is built from.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from scripts.generate import GenerationError, generate_package, write_patched_spec
from scripts.overlay import STREAMING_CONTENT_TYPES, operations
from scripts.paths import PACKAGE_NAME
from scripts.spec import ChecksumMismatch, PullFailed, pull
from scripts.versions import VERSIONS


def swagger_operations(swagger: dict[str, Any]) -> list[tuple[str, bool]]:
    """(operationId, answers with a stream) of every operation of a Swagger 2.0 document."""
    return [
        (op["operationId"], not STREAMING_CONTENT_TYPES.isdisjoint(op.get("produces", ())))
        for _, _, op in operations(swagger)
    ]


def non_streaming_count(swagger: dict[str, Any]) -> int:
    """How many endpoint modules generation must give: one per non-streaming operation."""
    return sum(1 for _, streams in swagger_operations(swagger) if not streams)


def endpoint_modules(package: Path) -> set[str]:
    """The endpoint module names of a generated package (one per generated operation)."""
    return {path.stem for path in package.glob("api/*/*.py") if path.stem != "__init__"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mirror", type=Path, default=None, help="folder with the pinned files")
    args = parser.parse_args(argv)
    failed = 0
    for version in VERSIONS:
        with tempfile.TemporaryDirectory(prefix=f"core-client-{version}-") as scratch:
            try:
                swagger = json.loads(pull(version, mirror=args.mirror).read_text())
                package = Path(scratch) / PACKAGE_NAME
                generate_package(write_patched_spec(version), package, fail_on_warning=True)
            except (GenerationError, ChecksumMismatch, PullFailed, OSError) as error:
                print(f"Core {version}: {error}", file=sys.stderr)
                failed += 1
                continue
            generated = len(endpoint_modules(package))
        expected = non_streaming_count(swagger)
        if generated != expected:
            print(
                f"Core {version}: {generated} endpoint modules generated, but the spec has "
                f"{expected} non-streaming operations",
                file=sys.stderr,
            )
            failed += 1
            continue
        print(f"Core {version}: all {generated} non-streaming operations generated, 0 warnings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
