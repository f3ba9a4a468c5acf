"""`make spec-diff` shows a maintainer what a new Core release added, removed and changed."""

from __future__ import annotations

from typing import Any

from scripts.spec_diff import spec_diff


def test_a_version_compared_with_itself_has_no_changes(swagger_specs: dict[str, Any]) -> None:
    report = spec_diff(swagger_specs["vod"], swagger_specs["vod"], "vod", "vod")

    assert report.count("- none") == 6  # added/removed/changed, for operations and schemas


def test_release_differences_are_listed_in_their_sections(swagger_specs: dict[str, Any]) -> None:
    report = spec_diff(swagger_specs["v16.10.0"], swagger_specs["v16.16.0"], "v16.10.0", "v16.16.0")
    operations, schemas = report.split("## Schemas")
    added, rest = operations.split("### Removed")
    removed, _ = rest.split("### Changed")

    assert "- `GET /api/v3/fs/{storage}/{filepath}`" in added  # the generic filesystem API
    assert "- `GET /api/v3/fs/mem`" in removed  # the fixed memfs route it replaced
    assert "- `Process`: properties added: `updated_at`" in schemas  # DIFFS 30
