"""Contract check: every generated method, with minimal arguments, against Prism.

Prism (tests/support/prism.py) mocks the overlaid spec generated/ was made from and refuses any
request that breaks it (path, query, body, content type). So each method must send a request
the spec accepts with only its required arguments (bodies with only their required fields) and
parse what the spec says Core answers. A method that tests/contract already calls with the same
arguments, and no body, is left to it: its realistic values are the stronger check.
"""

from __future__ import annotations

from typing import Any

import pytest

from core_client import Client
from core_client._schemas import SCHEMAS
from core_client.operation import Operation
from core_client.schema import AnyOf, Array, Map, Nullable, Object, Ref, Scalar, Shape
from tests.contract.test_requests import CALLS
from tests.support.prism import Call, assert_accepted, prism_verdict
from tests.surface.recorded import wiring
from tests.surface.values import operation_of

GENERATED = sorted(entry["name"] for entry in wiring().values() if entry["kind"] == "generated")


def example(shape: Shape) -> Any:
    """The smallest value of a shape: required fields only, first enum value, empty lists."""
    if isinstance(shape, Ref):
        return example(SCHEMAS[shape.name])
    if isinstance(shape, Nullable):
        return example(shape.inner)
    if isinstance(shape, AnyOf):
        return example(shape.options[0])
    if isinstance(shape, Scalar):
        if shape.enum:
            return shape.enum[0]
        return {"string": "x", "integer": 1, "number": 1.0, "boolean": True}.get(shape.kind, "x")
    if isinstance(shape, Array):
        return [example(shape.items) for _ in range(shape.min_items)]
    if isinstance(shape, Map):
        return {}
    assert isinstance(shape, Object)
    return {key: example(shape.properties[key]) for key in sorted(shape.required)}


def arguments(operation: Operation[Any]) -> dict[str, Any]:
    given: dict[str, Any] = {
        parameter.name: "x" for parameter in operation.parameters if parameter.location != "query"
    }
    if operation.body is not None:
        shape = operation.body.shape
        given[operation.body.name] = b"x" if shape is None else example(shape)
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
