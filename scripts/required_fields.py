"""Which fields Core always sends, by schema, according to the recorded real responses.

    python -m scripts.required_fields [--fixtures ../shared/fixtures] [--min-instances 3]

Every JSON response recorded from real servers (../shared/fixtures/<version>/*.json) is walked
along its documented schema in the default (vod) spec, the spec the models come from. For each
object schema the walk counts its instances and, per property, how often it was present and how
often null. The printout lists, per schema, the properties present and never null in every
instance: the evidence for the `required_in_practice` rule of openapi/overlay.toml, which
tests/generation/test_required_fields.py checks against the same fixtures.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.generate import write_patched_spec
from scripts.paths import SHARED, openapi_file
from scripts.versions import DEFAULT_VERSION, VERSIONS

FIXTURES = SHARED / "fixtures"
OPERATION_NAMES = SHARED / "openapi" / "operation-names.tsv"
SCHEMAS = "#/components/schemas/"
JSON = "application/json"


@dataclass
class Seen:
    """The instances of one object schema in the recorded responses."""

    instances: int = 0
    present: Counter[str] = field(default_factory=Counter)
    null: Counter[str] = field(default_factory=Counter)
    versions: set[str] = field(default_factory=set)

    def always_sent(self) -> list[str]:
        """Properties present, and not null, in every instance."""
        return sorted(
            key
            for key, count in self.present.items()
            if count == self.instances and not self.null[key]
        )


@dataclass(frozen=True)
class Response:
    """One recorded JSON response and the schema the client parses it with."""

    name: str
    version: str
    schema: Any
    body: Any


def _spec(version: str) -> dict[str, Any]:
    path = openapi_file(version)
    if not path.exists():
        write_patched_spec(version)
    document: dict[str, Any] = json.loads(path.read_text())
    return document


def _operation_schemas(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> {status: JSON response schema}."""
    found: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = {
                    status: response.get("content", {}).get(JSON, {}).get("schema")
                    for status, response in operation.get("responses", {}).items()
                }
    return found


def recorded_responses(fixtures: Path = FIXTURES) -> Iterator[Response]:
    """Every recorded JSON response with a documented schema, all pinned versions."""
    with OPERATION_NAMES.open() as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    to_vod = {
        (row["method"], row["path"]): row[f"opid_{DEFAULT_VERSION}"]
        for row in rows
        if row[f"opid_{DEFAULT_VERSION}"] != "-"
    }
    vod = _operation_schemas(_spec(DEFAULT_VERSION))
    for version in VERSIONS:
        own = _operation_schemas(_spec(version))
        for path in sorted((fixtures / version).glob("[0-9]*.json")):
            exchange = json.loads(path.read_text())
            request, response = exchange["request"], exchange["response"]
            if response.get("body_format") != "json" or not request.get("spec_path"):
                continue
            blanked = re.sub(r"{[^}]*}", "{}", request["spec_path"])
            vod_id = to_vod.get((request["method"], blanked))
            # An operation only an older version has is parsed with the model its own spec names.
            schemas = vod.get(vod_id or "") or own.get(request.get("operationId") or "", {})
            schema = schemas.get(str(response["status"]))
            if schema:
                yield Response(f"{version}/{path.name}", version, schema, response["body"])


class Walk:
    """Follows JSON values along their schemas, recording each object schema's instances."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.seen: dict[str, Seen] = {}

    def value(self, schema: Any, value: Any, version: str) -> None:
        if not isinstance(schema, dict) or value is None:
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.removeprefix(SCHEMAS)
            if isinstance(value, dict) and self.schemas[name].get("type", "object") == "object":
                self._instance(name, value, version)
            self.value(self.schemas[name], value, version)
            return
        for branch in schema.get("allOf", ()):
            self.value(branch, value, version)
        for branch in [*schema.get("anyOf", ()), *schema.get("oneOf", ())]:
            if self._fits(branch, value):
                self.value(branch, value, version)
        if isinstance(value, list) and "items" in schema:
            for item in value:
                self.value(schema["items"], item, version)
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                if key in properties:
                    self.value(properties[key], item, version)
                elif isinstance(extra, dict):
                    self.value(extra, item, version)

    def _instance(self, name: str, value: dict[str, Any], version: str) -> None:
        seen = self.seen.setdefault(name, Seen())
        seen.instances += 1
        seen.versions.add(version)
        for key, item in value.items():
            seen.present[key] += 1
            if item is None:
                seen.null[key] += 1

    def _fits(self, schema: Any, value: Any) -> bool:
        """Whether an anyOf branch can describe the value's JSON type."""
        ref = schema.get("$ref")
        target = self.schemas[ref.removeprefix(SCHEMAS)] if isinstance(ref, str) else schema
        kind = target.get("type", "object")
        return {"object": dict, "array": list}.get(kind, object) is type(value) or (
            kind not in ("object", "array") and not isinstance(value, dict | list)
        )


def evidence(fixtures: Path = FIXTURES) -> dict[str, Seen]:
    """What the recorded responses show of every object schema of the default spec."""
    walk = Walk(_spec(DEFAULT_VERSION)["components"]["schemas"])
    for response in recorded_responses(fixtures):
        walk.value(response.schema, response.body, response.version)
    return walk.seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fields Core always sends, per schema")
    parser.add_argument("--fixtures", type=Path, default=FIXTURES)
    parser.add_argument("--min-instances", type=int, default=3)
    args = parser.parse_args(argv)
    schemas = _spec(DEFAULT_VERSION)["components"]["schemas"]
    for name, seen in sorted(evidence(args.fixtures).items()):
        if seen.instances < args.min_instances:
            continue
        declared = schemas[name].get("properties", {})
        sent = [key for key in seen.always_sent() if key in declared]
        # A nullable field stays `X | None` either way: marking it required would not help.
        candidates = [key for key in sent if not declared[key].get("nullable")]
        print(f"{name} ({seen.instances} instances; {', '.join(sorted(seen.versions))}):")
        print(f"  always sent, never null, not nullable: {candidates}")
        print(f"  not always: {sorted(set(declared) - set(sent))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
