"""Markdown summary of what changed between two Core versions' specs (a maintainer's first look).

    python -m scripts.spec_diff --from v16.16.0 --to vod [--mirror ../shared/openapi]

Compares Core's own Swagger 2.0 documents (before the overlay): operations by method and path,
schemas by name without the Go package prefix (`api.`, `value.`, ...).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scripts.overlay import operations
from scripts.spec import ChecksumMismatch, PullFailed, pull

Json = dict[str, Any]


def _operations(swagger: Json) -> dict[str, Json]:
    return {
        f"{method.upper()} {path}": operation for path, method, operation in operations(swagger)
    }


def _schemas(swagger: Json) -> dict[str, Json]:
    return {name.rpartition(".")[2]: schema for name, schema in swagger["definitions"].items()}


def _type_of(schema: Json) -> str:
    """A short readable type: `string`, `array of ProcessConfig`, `map of integer`, ..."""
    if "$ref" in schema:
        return str(schema["$ref"]).rpartition(".")[2].rpartition("/")[2]
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _type_of(schema["allOf"][0])
    kind = str(schema.get("type", "any"))
    if kind == "array":
        return f"array of {_type_of(schema.get('items', {}))}"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"map of {_type_of(schema['additionalProperties'])}"
    return kind


def _names(items: set[str]) -> str:
    return ", ".join(f"`{item}`" for item in sorted(items))


def _set_changes(label: str, old: set[str], new: set[str]) -> list[str]:
    changes = []
    if new - old:
        changes.append(f"{label} added: {_names(new - old)}")
    if old - new:
        changes.append(f"{label} removed: {_names(old - new)}")
    return changes


def _parameters(operation: Json) -> dict[str, str]:
    """`name (in)` -> type, for every parameter of an operation."""
    return {
        f"{param['name']} ({param['in']})": _type_of(param.get("schema", param))
        for param in operation.get("parameters", [])
    }


def _operation_changes(old: Json, new: Json) -> list[str]:
    changes = []
    if old.get("operationId") != new.get("operationId"):
        changes.append(f"operationId `{old.get('operationId')}` -> `{new.get('operationId')}`")

    old_params, new_params = _parameters(old), _parameters(new)
    changes += _set_changes("parameters", set(old_params), set(new_params))
    changes += [
        f"parameter `{name}`: {old_params[name]} -> {new_params[name]}"
        for name in sorted(set(old_params) & set(new_params))
        if old_params[name] != new_params[name]
    ]
    old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
    changes += _set_changes("responses", set(old_responses), set(new_responses))
    for status in sorted(set(old_responses) & set(new_responses)):
        before = _type_of(old_responses[status].get("schema", {}))
        after = _type_of(new_responses[status].get("schema", {}))
        if before != after:
            changes.append(f"response {status}: {before} -> {after}")
    for field in ("consumes", "produces"):
        changes += _set_changes(field, set(old.get(field, [])), set(new.get(field, [])))
    return changes


def _schema_changes(old: Json, new: Json) -> list[str]:
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    changes = _set_changes("properties", set(old_props), set(new_props))
    changes += [
        f"`{name}`: {_type_of(old_props[name])} -> {_type_of(new_props[name])}"
        for name in sorted(set(old_props) & set(new_props))
        if _type_of(old_props[name]) != _type_of(new_props[name])
    ]
    changes += _set_changes("required", set(old.get("required", [])), set(new.get("required", [])))
    if old.get("enum") != new.get("enum"):
        changes.append(f"enum {old.get('enum')} -> {new.get('enum')}")
    return changes


def _section(title: str, old: dict[str, Json], new: dict[str, Json], changes: Any) -> list[str]:
    lines = [f"## {title}", ""]
    added, removed = sorted(new.keys() - old.keys()), sorted(old.keys() - new.keys())
    changed = {
        name: found
        for name in sorted(old.keys() & new.keys())
        if (found := changes(old[name], new[name]))
    }
    lines.append(f"### Added ({len(added)})")
    lines += [f"- `{name}`" for name in added] or ["- none"]
    lines += ["", f"### Removed ({len(removed)})"]
    lines += [f"- `{name}`" for name in removed] or ["- none"]
    lines += ["", f"### Changed ({len(changed)})"]
    lines += [f"- `{name}`: " + "; ".join(found) for name, found in changed.items()] or ["- none"]
    return [*lines, ""]


def spec_diff(old: Json, new: Json, old_name: str, new_name: str) -> str:
    """The Markdown report of what changed from old to new."""
    lines = [f"# Core API changes: {old_name} -> {new_name}", ""]
    lines += _section("Operations", _operations(old), _operations(new), _operation_changes)
    lines += _section("Schemas", _schemas(old), _schemas(new), _schema_changes)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--from", dest="old", required=True, help="pinned Core version")
    parser.add_argument("--to", dest="new", required=True, help="pinned Core version")
    parser.add_argument("--mirror", type=Path, default=None, help="folder with the pinned files")
    args = parser.parse_args(argv)
    try:
        old = json.loads(pull(args.old, mirror=args.mirror).read_text())
        new = json.loads(pull(args.new, mirror=args.mirror).read_text())
    except (ChecksumMismatch, PullFailed, OSError) as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 1
    print(spec_diff(old, new, args.old, args.new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
