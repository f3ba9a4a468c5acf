"""Contract check: every generated method, with minimal arguments, against Prism.

Prism (tests/support/prism.py) mocks the overlaid spec generated/ was made from and refuses any
request that breaks it (path, query, body, content type). So each method must send a request
the spec accepts with only its required arguments (bodies with only their required fields) and
parse what the spec says Core answers. A method that tests/contract already calls with the same
arguments, and no body, is left to it: its realistic values are the stronger check.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from core_client import Client
from core_client.operation import Operation
from tests.contract.test_requests import CALLS
from tests.support.prism import Call, assert_accepted, prism_verdict
from tests.surface.recorded import wiring
from tests.surface.values import operation_of, overlaid_spec

GENERATED = sorted(entry["name"] for entry in wiring().values() if entry["kind"] == "generated")


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(overlaid_spec().read_text())
    return spec


def example(schema: dict[str, Any]) -> Any:
    """The smallest value of a schema: required fields only, first enum value, empty lists."""
    if "$ref" in schema:
        return example(_spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]])
    for combined in ("allOf", "anyOf", "oneOf"):
        if schema.get(combined):
            return example(schema[combined][0])
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [example(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {key: example(properties[key]) for key in sorted(schema.get("required", ()))}
    return {"string": "x", "integer": 1, "number": 1.0, "boolean": True}.get(str(kind), "x")


def body_schema(operation: Operation[Any]) -> dict[str, Any]:
    entry = _spec()["paths"][operation.path][operation.method.lower()]
    schema: dict[str, Any] = entry["requestBody"]["content"]["application/json"]["schema"]
    return schema


def arguments(operation: Operation[Any]) -> dict[str, Any]:
    given: dict[str, Any] = {
        parameter.name: "x" for parameter in operation.parameters if parameter.location != "query"
    }
    if operation.body is not None:
        body = operation.body
        given[body.name] = example(body_schema(operation)) if body.json else b"x"
    return given


def minimal_call(name: str) -> Call:
    return Call(name, arguments(operation_of(name)))


def made_realistically(call: Call) -> bool:
    """Whether tests/contract makes this call with the same arguments, and it has no body."""
    if operation_of(call.method).body is not None:
        return False  # a body of only required fields is a check of its own
    return any(
        made.method == call.method and made.args.keys() == call.args.keys() for made in CALLS
    )


MINIMAL_CALLS = [call for call in map(minimal_call, GENERATED) if not made_realistically(call)]


@pytest.mark.parametrize("call", MINIMAL_CALLS, ids=lambda call: call.method)
def test_method_sends_what_the_spec_accepts_and_parses_what_it_answers(
    prism_client: Client, call: Call
) -> None:
    with prism_verdict(call):
        getattr(prism_client, call.method)(**call.args)
    assert_accepted(call, prism_client.last_response)
