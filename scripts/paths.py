"""Where the pipeline reads its pins and writes its build files (relative to the repository)."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project's shared folder (Core's specs, recorded exchanges, the real-server kit): beside this
# checkout, or where SHARED_DIR says (.ci/run sets it for a clone made elsewhere).
SHARED = Path(os.environ.get("SHARED_DIR") or ROOT.parent / "shared")
OPENAPI_DIR = ROOT / "openapi"
SPEC_DIR = ROOT / ".spec"
GENERATED_DIR = ROOT / "generated"
PACKAGE_NAME = "datarhei_core_api"
NODE_BIN = ROOT / "node_modules" / ".bin"


def spec_folder(version: str) -> Path:
    """The git-ignored build folder of one Core version's spec files."""
    return SPEC_DIR / version


def swagger_file(version: str) -> Path:
    """Core's own Swagger 2.0 document, as pulled."""
    return spec_folder(version) / "swagger.json"


def openapi_file(version: str) -> Path:
    """The converted OpenAPI 3 document with the overlay applied: what the generator reads."""
    return spec_folder(version) / "openapi.json"
