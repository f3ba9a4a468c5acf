"""Every recorded real response with a JSON model parses with it and round-trips losslessly.

The committed package is generated from the default (vod) spec and is what users run against
every supported Core version, so fixtures of all versions are parsed with it. A fixture of another
version maps to the vod operation of the same method and path (../shared/openapi/
operation-names.tsv) and is decoded into that endpoint module's `_RESULT` by `types.decode`, the
code a real call runs. Operations only an older version has (v16.10.0's memfs/diskfs routes) are
parsed with the vod model class their own spec names.

Both ways a JSON value becomes models (msgspec in C, and the checks of `types.py` where msgspec
refuses it) must build the same objects: every recording msgspec takes is built both ways and
compared exactly (classes, values, unknown fields, nulls).
"""

from __future__ import annotations

import csv
import importlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import msgspec
import pytest
from datarhei_core_api import models, types

from scripts.overlay import streaming_operation_ids
from scripts.paths import GENERATED_DIR, PACKAGE_NAME
from scripts.versions import DEFAULT_VERSION, VERSIONS
from tests.generation.conftest import patched_spec
from tests.real.fields import unknown_fields
from tests.support.shared import FIXTURES, OPERATION_NAMES, needs

needs(FIXTURES, "recorded real exchanges")
needs(OPERATION_NAMES, "the table of operation names of every Core version")

JSON = "application/json"
SCHEMAS = "#/components/schemas/"


class Recorded(NamedTuple):
    """One recorded exchange whose response body is JSON."""

    name: str
    version: str
    operation_id: str | None
    vod_operation_id: str | None
    status: int
    body: Any


def _vod_operation_ids() -> dict[tuple[str, str], str]:
    """(METHOD, path with blanked parameters) -> operationId in the default version."""
    with OPERATION_NAMES.open() as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    column = f"opid_{DEFAULT_VERSION}"
    return {(row["method"], row["path"]): row[column] for row in rows if row[column] != "-"}


def _recorded() -> Iterator[Recorded]:
    vod_ids = _vod_operation_ids()
    for version in VERSIONS:
        for path in sorted((FIXTURES / version).glob("[0-9]*.json")):
            exchange = json.loads(path.read_text())
            request, response = exchange["request"], exchange["response"]
            if response.get("body_format") != "json":
                continue
            spec_path = request.get("spec_path")
            blanked = re.sub(r"{[^}]*}", "{}", spec_path or "")
            yield Recorded(
                name=f"{version}/{path.name}",
                version=version,
                operation_id=request.get("operationId"),
                vod_operation_id=vod_ids.get((request["method"], blanked)) if spec_path else None,
                status=response["status"],
                body=response["body"],
            )


RECORDED = list(_recorded())


def _response_schema(version: str, operation_id: str, status: int) -> Any:
    """The JSON schema of one documented response; fails if the status is undocumented."""
    for item in patched_spec(version)["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                response = operation["responses"].get(str(status))
                assert response is not None, f"status {status} undocumented for {operation_id}"
                return response.get("content", {}).get(JSON, {}).get("schema")
    raise AssertionError(f"no operation {operation_id} in the {version} spec")


def _result_type(operation_id: str) -> Any:
    """The endpoint module's `_RESULT`: what its success answer becomes."""
    module_name = re.sub(r"\W+", "_", operation_id).lower()
    (path,) = (GENERATED_DIR / PACKAGE_NAME / "api").glob(f"*/{module_name}.py")
    module = importlib.import_module(f"{PACKAGE_NAME}.api.{path.parent.name}.{module_name}")
    return module._RESULT


def _endpoint_parser(operation_id: str, schema: dict[str, Any]) -> Callable[[int, Any], Any]:
    """A success answer decoded into its endpoint module's `_RESULT`, as the client decodes it;
    an error answer with the model its status documents."""

    def parse(status: int, body: Any) -> Any:
        if 200 <= status < 300:
            return types.decode(json.dumps(body).encode(), _result_type(operation_id))
        return _model_parser(schema)(status, body)

    return parse


def _model_parser(schema: dict[str, Any]) -> Callable[[int, Any], Any]:
    """Parse with the vod model class a schema ($ref or array of $ref) of another version names."""
    many = schema.get("type") == "array"
    ref = schema["items"]["$ref"] if many else schema["$ref"]
    model = getattr(models, ref.removeprefix(SCHEMAS))

    def parse(status: int, body: Any) -> Any:
        return [model.from_dict(item) for item in body] if many else model.from_dict(body)

    return parse


def _parser(recorded: Recorded) -> Callable[[int, Any], Any] | None:
    """How the client parses this response, or None where it has no JSON model for it."""
    if recorded.vod_operation_id in streaming_operation_ids(DEFAULT_VERSION):
        return None  # core_client/streaming.py's job, not a generated endpoint's
    if recorded.vod_operation_id is not None:
        schema = _response_schema(DEFAULT_VERSION, recorded.vod_operation_id, recorded.status)
        return _endpoint_parser(recorded.vod_operation_id, schema) if schema else None
    if recorded.operation_id is not None:
        schema = _response_schema(recorded.version, recorded.operation_id, recorded.status)
        return _model_parser(schema) if schema else None
    return None


def _as_json(value: Any) -> Any:
    """What a parsed response serializes back to (models via their own to_dict)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def test_every_recorded_json_status_is_documented() -> None:
    undocumented = []
    for recorded in RECORDED:
        try:
            _parser(recorded)
        except AssertionError as error:
            undocumented.append(f"{recorded.name}: {error}")
    assert undocumented == []


def _with_model() -> list[Recorded]:
    with_model = []
    for recorded in RECORDED:
        try:
            if _parser(recorded) is not None:
                with_model.append(recorded)
        except AssertionError:
            continue  # reported by test_every_recorded_json_status_is_documented
    return with_model


WITH_MODEL = _with_model()


@pytest.mark.parametrize("recorded", WITH_MODEL, ids=[r.name for r in WITH_MODEL])
def test_recorded_response_parses_and_round_trips(recorded: Recorded) -> None:
    parse = _parser(recorded)
    assert parse is not None

    parsed = parse(recorded.status, recorded.body)

    assert parsed is not None
    assert _as_json(parsed) == recorded.body


def _success_types() -> list[tuple[Recorded, Any]]:
    """Each recorded success answer of a generated endpoint, with the type it decodes into."""
    found = []
    for recorded in WITH_MODEL:
        if recorded.vod_operation_id is not None and 200 <= recorded.status < 300:
            found.append((recorded, _result_type(recorded.vod_operation_id)))
    return found


SUCCESSES = _success_types()


def _by_msgspec(content: bytes, kind: Any) -> Any:
    """What msgspec builds on its own (the first way of `types.decode`); None if it refuses."""
    decoding = types._DECODING.set(True)
    try:
        return types._decoder(kind).decode(content)
    except msgspec.ValidationError:
        return None
    finally:
        types._DECODING.reset(decoding)


def _exact(value: Any) -> Any:
    """A value spelt out with the class of every part, a model's `__dict__` (unknown fields,
    nulls) included: `==` would take 1 for 1.0 and ignore what a model keeps apart."""
    if isinstance(value, types.Model):
        fields = [(name, _exact(getattr(value, name))) for name in value.__struct_fields__]
        return (type(value), fields, sorted(value.__dict__.items()))
    if isinstance(value, list):
        return (list, [_exact(item) for item in value])
    if isinstance(value, dict):
        return (dict, {key: _exact(item) for key, item in value.items()})
    return (type(value), value)


@pytest.fixture
def checks_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks of types.py build everything themselves: nothing is handed back to msgspec."""

    def refuse(*arguments: Any, **options: Any) -> Any:
        raise msgspec.ValidationError("refused, so that the checks build it")

    monkeypatch.setattr(msgspec, "convert", refuse)


@pytest.mark.parametrize(("recorded", "kind"), SUCCESSES, ids=[r.name for r, _ in SUCCESSES])
def test_msgspec_and_the_checks_build_the_same_values(
    recorded: Recorded, kind: Any, checks_alone: None
) -> None:
    by_msgspec = _by_msgspec(json.dumps(recorded.body).encode(), kind)
    checked = types._checked(recorded.body, kind, False)

    if by_msgspec is None:
        # msgspec refuses only what its models cannot hold: fields they do not know.
        assert unknown_fields(checked), f"msgspec refused {recorded.name} without a reason"
    else:
        assert _exact(by_msgspec) == _exact(checked)


def test_msgspec_takes_nearly_every_recorded_answer() -> None:
    # The checks of types.py are the way for what msgspec refuses (fields the vod models do not
    # know): were msgspec to refuse most answers, the test above would compare little.
    refused = [
        recorded.name
        for recorded, kind in SUCCESSES
        if _by_msgspec(json.dumps(recorded.body).encode(), kind) is None
    ]
    assert len(refused) <= len(SUCCESSES) // 10, refused


def test_every_pinned_version_has_recorded_responses_to_parse() -> None:
    # Without this, a moved or empty fixtures folder would leave the tests above nothing to check.
    assert {recorded.version for recorded in WITH_MODEL} == set(VERSIONS)
