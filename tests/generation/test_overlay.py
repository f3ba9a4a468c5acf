"""The overlay refuses a rule that would silently do nothing or say nothing about why it exists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from datarhei_core_api.models import ProcessState

from scripts.overlay import OverlayError, load_rules, property_description, query_parameter
from scripts.versions import VERSIONS


def rules_of(tmp_path: Path, rule: str) -> list[dict[str, object]]:
    overlay = tmp_path / "overlay.toml"
    overlay.write_text("[[rule]]\n" + rule)
    return load_rules("vod", overlay)


def test_a_rule_applies_to_the_versions_it_lists(tmp_path: Path) -> None:
    listed = 'kind = "bool_type"\nversions = ["v16.16.0"]\nfixes = "x"\n'
    unlisted = 'kind = "bool_type"\nfixes = "x"\n'

    assert rules_of(tmp_path, listed) == []
    assert [rule["kind"] for rule in rules_of(tmp_path, unlisted)] == ["bool_type"]


def test_a_misspelt_version_is_refused_not_ignored(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match=r"unpinned \['v16.16'\]"):
        rules_of(tmp_path, 'kind = "bool_type"\nversions = ["vod", "v16.16"]\nfixes = "x"\n')


def test_a_rule_must_say_what_it_fixes(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="does not say what it fixes"):
        rules_of(tmp_path, 'kind = "bool_type"\n')


def test_an_unknown_rule_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="unknown rule kind 'boolean_type'"):
        rules_of(tmp_path, 'kind = "boolean_type"\nfixes = "x"\n')


@pytest.mark.parametrize("version", list(VERSIONS))
def test_the_project_overlay_loads_for_every_pinned_version(version: str) -> None:
    assert all(rule["fixes"] for rule in load_rules(version))


def test_a_description_rule_corrects_the_docstring_and_refuses_a_changed_spec() -> None:
    def spec(description: str) -> dict[str, Any]:
        state = {"properties": {"cpu_usage": {"type": "number", "description": description}}}
        return {"components": {"schemas": {"api.ProcessState": state}}}

    rule = {
        "property": "api.ProcessState.cpu_usage",
        "was": "deprecated, use Resources.Memory.Current",
        "description": "deprecated, use resources.cpu_usage.cur",
    }
    doc = spec(rule["was"])
    property_description(doc, rule)
    fixed = doc["components"]["schemas"]["api.ProcessState"]["properties"]["cpu_usage"]
    assert fixed["description"] == rule["description"]
    with pytest.raises(OverlayError, match="says 'fixed upstream' now"):
        property_description(spec("fixed upstream"), rule)


def test_a_query_parameter_rule_retypes_it_and_refuses_a_changed_spec() -> None:
    def spec(schema: dict[str, str]) -> dict[str, Any]:
        purge = {"name": "purge", "in": "query", "schema": schema, "description": "?"}
        operation = {"operationId": "process-3-delete", "parameters": [purge]}
        return {"paths": {"/api/v3/process/{id}": {"delete": operation}}}

    rule = {
        "operation": "process-3-delete",
        "name": "purge",
        "was": {"type": "string"},
        "schema": {"type": "boolean"},
        "description": "Whether to purge",
    }
    doc = spec({"type": "string"})
    query_parameter(doc, rule)
    fixed = doc["paths"]["/api/v3/process/{id}"]["delete"]["parameters"][0]
    assert (fixed["schema"], fixed["description"]) == ({"type": "boolean"}, "Whether to purge")
    with pytest.raises(OverlayError, match=r"is \{'type': 'integer'\} now"):
        query_parameter(spec({"type": "integer"}), rule)
    with pytest.raises(OverlayError, match=r"has no query parameter 'force'"):
        query_parameter(spec({"type": "string"}), rule | {"name": "force"})


def test_process_state_docstrings_name_their_own_replacement() -> None:
    # The spec's point at each other's replacement (cpu_usage -> memory and the reverse).
    doc = ProcessState.__doc__ or ""
    for name in ("cpu_usage", "memory_bytes"):
        assert re.search(rf"{name} \([^)]*\): deprecated, use resources\.{name}\.cur\n", doc)
