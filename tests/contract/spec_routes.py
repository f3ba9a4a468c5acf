"""The query parameters the overlaid spec declares for a request's route.

Prism ignores query parameters the spec does not declare, so a name the client gets wrong
(`fromdate` for `from`) would pass it unnoticed; the tests compare the names against this.
"""

from __future__ import annotations

import functools
import json
import re

import httpx

from tests.surface.values import overlaid_spec


@functools.cache
def _routes() -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    spec = json.loads(overlaid_spec().read_text())
    routes = []
    # Literal routes first, as routers match them (`/process/probe` before `/process/{id}`).
    for template, item in sorted(spec["paths"].items(), key=lambda path: path[0].count("{")):
        # A path value is encoded by the client, so it never holds a literal `/`.
        pattern = re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)))
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                parameters = [*item.get("parameters", ()), *operation.get("parameters", ())]
                names = frozenset(p["name"] for p in parameters if p["in"] == "query")
                routes.append((method.upper(), pattern, names))
    return routes


def declared_query(request: httpx.Request) -> frozenset[str]:
    """The query parameter names the spec declares for the request's method and route."""
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    for method, pattern, names in _routes():
        if method == request.method and pattern.fullmatch(path):
            return names
    raise LookupError(f"no spec route for {request.method} {path}")
