"""Contract check: every generated method against Prism mocking the overlaid spec.

Prism (npm @stoplight/prism-cli, pinned in package.json) serves .spec/vod/openapi.json, the
document generated/ was made from: it answers 422 to any request that breaks the spec (path,
query, body, content type) and otherwise a response built from the spec. So each method must
send a request the spec accepts, and parse what the spec says Core answers.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from core_client import Client
from core_client._schemas import SCHEMAS
from core_client.operation import Operation
from core_client.schema import AnyOf, Array, Map, Nullable, Object, Ref, Scalar, Shape
from scripts.paths import NODE_BIN
from tests.surface.recorded import wiring
from tests.surface.values import operation_of, overlaid_spec

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    port = free_port()
    spec = str(overlaid_spec())
    command = [str(NODE_BIN / "prism"), "mock", spec, "--port", str(port), "--errors"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    try:
        for line in process.stdout:  # Prism says when it listens: no polling, no sleep
            if "Prism is listening" in line:
                break
        else:
            pytest.fail("prism exited before listening")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait()


@pytest.fixture(scope="module")
def client(prism: str) -> Iterator[Client]:
    with Client(prism, access_token="contract-token", retries=0) as client:
        yield client


@pytest.mark.parametrize("name", GENERATED)
def test_method_sends_what_the_spec_accepts_and_parses_what_it_answers(
    client: Client, name: str
) -> None:
    operation = operation_of(name)
    getattr(client, name)(**arguments(operation))
    response = client.last_response
    assert response is not None
    assert response.status_code < 300, response.text
