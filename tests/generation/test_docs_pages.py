"""The reference pages of the docs site (docs/reference/<area>.md) are generated: they match a
fresh rendering, and together they document every method of both clients and every model."""

from __future__ import annotations

import re

import datarhei_core_api.models
import pytest

from core_client import AsyncClient, Client
from scripts.generate_docs import PAGES_DIR, render
from scripts.versions import DEFAULT_VERSION
from tests.generation.conftest import patched_spec

# Documented on the Clients page (docs/reference/clients.md), from their docstrings.
ON_CLIENTS_PAGE = {
    "close",
    "aclose",
    "base_url",
    "last_response",
    "request",
    "tokens",
    "stream",
    "with_options",
    "with_raw_response",
}


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    patched_spec(DEFAULT_VERSION)  # the spec files the pages are rendered from
    return {path.name: text for path, text in render(DEFAULT_VERSION).items()}


def test_reference_pages_match_a_fresh_rendering(pages: dict[str, str]) -> None:
    committed = {path.name: path.read_text() for path in PAGES_DIR.glob("*.md")}
    generated = {"clients.md", "errors.md"}  # hand-written pages of the same folder

    assert {name: text for name, text in committed.items() if name not in generated} == pages, (
        "docs/reference drifted from openapi/methods.toml and the spec: run `make docs`"
    )


def _anchors(pages: dict[str, str]) -> set[str]:
    return set(re.findall(r"\{ #(\w+) \}", "".join(pages.values())))


def _aliases(pages: dict[str, str]) -> set[str]:
    return set(re.findall(r"- Aliases: (.*)", "".join(pages.values())).__str__().split("`")[1::2])


@pytest.mark.parametrize("client", [Client, AsyncClient])
def test_every_method_of_both_clients_is_documented(
    pages: dict[str, str], client: type[object]
) -> None:
    public = {name for name in dir(client) if not name.startswith("_")} - ON_CLIENTS_PAGE
    documented = _anchors(pages) | _aliases(pages)

    assert sorted(public - documented) == []


def test_every_model_is_documented_with_its_fields(pages: dict[str, str]) -> None:
    models = set(datarhei_core_api.models.__all__)

    assert sorted(models - _anchors(pages)) == []
    process = pages["process.md"]
    assert "| `config` | `config` | [ProcessConfig](#ProcessConfig) \\| None |" in process
