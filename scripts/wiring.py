"""The wiring table (openapi/methods.toml) completed from Core's spec.

The table says only what the spec cannot: method names and aliases, argument order, streaming
kinds. Each entry names its operation by operationId; its route (HTTP method and path) is read
here from the version's swagger file, which has every operation, the streaming ones too. An entry
keeps `method` only where one operationId names two routes (GET and HEAD of a file), and
`spec_method` where the overlay corrects the spec's method; entries without an operationId
(calls no spec has) write their route themselves.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from scripts.overlay import colon_path_params
from scripts.paths import OPENAPI_DIR, swagger_file

TABLE_FILE = OPENAPI_DIR / "methods.toml"


class TableError(Exception):
    """The wiring table, the spec and the generated package disagree; the message says where."""


def load(version: str, table_file: Path = TABLE_FILE) -> dict[str, Any]:
    """The table with `method` and `path` filled in on every operation entry."""
    table: dict[str, Any] = tomllib.loads(table_file.read_text())
    routes = _routes(json.loads(swagger_file(version).read_text()))
    for entry in table["operation"]:
        operation_id = entry.get("operation_id")
        if not operation_id:
            continue
        found = routes.get(operation_id, [])
        wanted = entry.get("spec_method", entry.get("method"))
        chosen = [route for route in found if wanted in (None, route[0])]
        if not chosen:
            raise TableError(f"{entry['name']}: no operation {operation_id} in the spec")
        if len(chosen) > 1:
            methods = " and ".join(method for method, _ in chosen)
            raise TableError(f"{entry['name']}: {operation_id} is {methods}: set `method`")
        method, entry["path"] = chosen[0]
        entry.setdefault("method", method)
    return table


def _routes(swagger: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """operationId -> its (METHOD, path) routes, paths as the overlay writes them (`{id}` for
    Core's `:id`)."""
    colon_path_params(swagger, {})
    routes: dict[str, list[tuple[str, str]]] = {}
    for path, item in swagger["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                routes.setdefault(operation["operationId"], []).append((method.upper(), path))
    return routes
