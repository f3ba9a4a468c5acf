"""Generate every pinned Core version into a temporary folder, generator warnings as errors.

A contract check: the overlay must keep working for each supported Core release, not only for
the default one that generated/ is built from.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from scripts.generate import GenerationError, generate_package, write_patched_spec
from scripts.paths import PACKAGE_NAME
from scripts.spec import ChecksumMismatch, pull
from scripts.versions import VERSIONS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mirror", type=Path, default=None, help="folder with the pinned files")
    args = parser.parse_args(argv)
    failed = 0
    for version in VERSIONS:
        with tempfile.TemporaryDirectory(prefix=f"core-client-{version}-") as scratch:
            try:
                pull(version, mirror=args.mirror or None)
                spec = write_patched_spec(version)
                generate_package(spec, Path(scratch) / PACKAGE_NAME, fail_on_warning=True)
            except (GenerationError, ChecksumMismatch, OSError) as error:
                print(f"Core {version}: {error}", file=sys.stderr)
                failed += 1
                continue
        print(f"Core {version}: generated with 0 warnings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
