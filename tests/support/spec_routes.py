"""The overlaid spec's operation behind a request, found by method and route.

Prism ignores query parameters the spec does not declare, so a name the client gets wrong
(`fromdate` for `from`) would pass it unnoticed: the tests compare the names sent against the
declared ones. The same lookup tells which operations the tests' calls reach.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from tests.surface.values import overlaid_spec


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    query: frozenset[str]
    takes_input: bool  # a body, or path or query parameters


@functools.cache
def spec_routes() -> tuple[Route, ...]:
    spec = json.loads(overlaid_spec().read_text())
    routes = []
    # Literal routes first, as routers match them (`/process/probe` before `/process/{id}`).
    for template, item in sorted(spec["paths"].items(), key=lambda path: path[0].count("{")):
        # A path value is encoded by the client, so it never holds a literal `/`.
        pattern = re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)))
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                parameters: list[dict[str, Any]] = operation.get("parameters", [])
                routes.append(
                    Route(
                        operation["operationId"],
                        method.upper(),
                        pattern,
                        frozenset(p["name"] for p in parameters if p["in"] == "query"),
                        bool(parameters) or "requestBody" in operation,
                    )
                )
    return tuple(routes)


def route_of(request: httpx.Request) -> Route:
    """The spec operation a request reaches."""
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    for route in spec_routes():
        if route.method == request.method and route.pattern.fullmatch(path):
            return route
    raise LookupError(f"no spec route for {request.method} {path}")
