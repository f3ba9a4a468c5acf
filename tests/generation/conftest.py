"""Specs of every pinned Core version, pulled from the mirror and patched like `make generate`."""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest

from scripts.generate import write_patched_spec
from scripts.spec import pull
from scripts.versions import VERSIONS
from tests.support import shared


@functools.cache
def swagger_spec(version: str) -> dict[str, Any]:
    """Core's own Swagger 2.0 document of one pinned version (checksum verified)."""
    document: dict[str, Any] = json.loads(pull(version, mirror=shared.SPEC_MIRROR).read_text())
    return document


@functools.cache
def patched_spec(version: str) -> dict[str, Any]:
    """The OpenAPI 3 document the generator reads (converted + overlay)."""
    swagger_spec(version)
    document: dict[str, Any] = json.loads(write_patched_spec(version).read_text())
    return document


@pytest.fixture(scope="session")
def swagger_specs() -> dict[str, dict[str, Any]]:
    return {version: swagger_spec(version) for version in VERSIONS}


@pytest.fixture(scope="session")
def patched_specs() -> dict[str, dict[str, Any]]:
    return {version: patched_spec(version) for version in VERSIONS}
