"""Apply the project's overlay (openapi/overlay.toml) to a converted OpenAPI 3 document.

Core's spec has defects that break generation or produce clients that crash on real responses.
Each `[[rule]]` of the overlay names one rule kind implemented here, the Core versions it applies
to, and in `fixes` the one defect it fixes. Rules run in file order.
"""

from __future__ import annotations

import copy
import fnmatch
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeAlias

from scripts.paths import OPENAPI_DIR
from scripts.versions import VERSIONS

OVERLAY_FILE = OPENAPI_DIR / "overlay.toml"
STREAMING_FILE = OPENAPI_DIR / "streaming.toml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
STREAMING_CONTENT_TYPES = frozenset(
    {"text/event-stream", "application/x-json-stream", "video/x-flv"}
)
JSON = "application/json"
SCHEMAS = "#/components/schemas/"
BINARY = "application/octet-stream"

Json: TypeAlias = dict[str, Any]
Rule: TypeAlias = Callable[[Json, Json], None]


class OverlayError(Exception):
    """The overlay does not fit the spec (a rule matched nothing, or a listed item is missing)."""


def operations(doc: Json) -> Iterator[tuple[str, str, Json]]:
    """Every (path, method, operation) of the document, in document order."""
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def find_operation(doc: Json, operation_id: str) -> Json:
    for _, _, operation in operations(doc):
        if operation.get("operationId") == operation_id:
            return operation
    raise OverlayError(f"no operation with operationId {operation_id!r}")


def is_streaming(operation: Json) -> bool:
    """An operation whose success response is a stream the buffered generated call cannot serve."""
    for status, response in operation.get("responses", {}).items():
        if status.startswith("2") and STREAMING_CONTENT_TYPES & set(response.get("content", {})):
            return True
    return False


def streaming_operation_ids(version: str) -> list[str]:
    """The operations left to the hand-written streaming layer, as listed for one Core version."""
    listed: dict[str, Any] = tomllib.loads(STREAMING_FILE.read_text())
    ids: list[str] = listed["versions"][version]["operations"]
    return ids


def _walk(node: Any) -> Iterator[Json]:
    """Every JSON object inside node (node included), depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _schema_ref(name: str) -> Json:
    return {"$ref": SCHEMAS + name}


# --- rule kinds ------------------------------------------------------------------------------


def drop_streaming(doc: Json, rule: Json) -> None:
    listed = set(rule["operations"])
    found = {op["operationId"] for _, _, op in operations(doc) if is_streaming(op)}
    if listed != found:
        raise OverlayError(
            "openapi/streaming.toml is out of date: listed but not streaming "
            f"{sorted(listed - found)}, streaming but not listed {sorted(found - listed)}"
        )
    for path, method, operation in list(operations(doc)):
        if operation["operationId"] in listed:
            del doc["paths"][path][method]
            if not any(m in doc["paths"][path] for m in HTTP_METHODS):
                del doc["paths"][path]


def inline_request_bodies(doc: Json, rule: Json) -> None:
    shared: Json = doc.get("components", {}).pop("requestBodies", {})
    for _, _, operation in operations(doc):
        ref = operation.get("requestBody", {}).get("$ref")
        if ref is not None:
            name = ref.removeprefix("#/components/requestBodies/")
            operation["requestBody"] = copy.deepcopy(shared[name])


def colon_path_params(doc: Json, rule: Json) -> None:
    renamed = {re.sub(r":(\w+)", r"{\1}", path): item for path, item in doc["paths"].items()}
    doc["paths"] = renamed


def declare_path_params(doc: Json, rule: Json) -> None:
    for path, _, operation in operations(doc):
        declared = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "path"}
        for name in re.findall(r"{(\w+)}", path):
            if name not in declared:
                operation.setdefault("parameters", []).append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )


def head_operation_ids(doc: Json, rule: Json) -> None:
    for _, method, operation in operations(doc):
        if method == "head":
            operation["operationId"] = operation["operationId"] + rule["suffix"]


def bool_type(doc: Json, rule: Json) -> None:
    for node in _walk(doc):
        if node.get("type") == "bool":
            node["type"] = "boolean"


def tags_from_operation_id(doc: Json, rule: Json) -> None:
    for _, _, operation in operations(doc):
        prefix, separator, _ = operation["operationId"].partition("-3")
        operation["tags"] = [prefix if separator else rule["unversioned_tag"]]


def binary_request_bodies(doc: Json, rule: Json) -> None:
    for _, _, operation in operations(doc):
        body = operation.get("requestBody", {})
        if set(body.get("content", ())) & set(rule["content_types"]):
            body["content"] = {BINARY: {"schema": {"type": "string", "format": "binary"}}}


def binary_downloads(doc: Json, rule: Json) -> None:
    for _, _, operation in operations(doc):
        for status, response in operation.get("responses", {}).items():
            content = response.get("content", {})
            if status.startswith("2") and any(
                fnmatch.fnmatchcase(t, pattern)
                for t in content
                for pattern in rule["content_types"]
            ):
                response["content"] = {BINARY: {"schema": {"type": "string", "format": "binary"}}}


def text_success_bodies(doc: Json, rule: Json) -> None:
    for _, _, operation in operations(doc):
        for status, response in operation.get("responses", {}).items():
            content = response.get("content", {})
            if status.startswith("2") and "text/plain" in content:
                response["content"] = {"text/plain": {"schema": {"type": "string"}}}


def redirects_without_body(doc: Json, rule: Json) -> None:
    for _, _, operation in operations(doc):
        for status, response in operation.get("responses", {}).items():
            if status.startswith("3"):
                response.pop("content", None)


def compressed_success(doc: Json, rule: Json) -> None:
    for _, _, operation in operations(doc):
        responses = operation.get("responses", {})
        created = next((responses[s] for s in rule["statuses"] if s in responses), None)
        if created is not None and "200" not in responses:
            responses["200"] = {"description": rule["description"]}
            if "content" in created:
                responses["200"]["content"] = copy.deepcopy(created["content"])


def json_errors(doc: Json, rule: Json) -> None:
    schema = _schema_ref(rule["schema"])
    for _, _, operation in operations(doc):
        responses = operation.setdefault("responses", {})
        for status in rule["add_statuses"]:
            responses.setdefault(status, {"description": rule["descriptions"][status]})
        for status, response in responses.items():
            if status[0] in "45":
                response["content"] = {JSON: {"schema": copy.deepcopy(schema)}}


def _is_collection(schema: Json) -> bool:
    return schema.get("type") == "array" or (
        schema.get("type") == "object" and "additionalProperties" in schema
    )


def _nested_properties(schema: Json) -> Iterator[Json]:
    """Every property schema of an object and of the inline objects inside it, at any depth
    (not array items: Core fills the rows of a table, a nil row is not written)."""
    for prop in schema.get("properties", {}).values():
        yield prop
        yield from _nested_properties(prop)


def nullable_collections(doc: Json, rule: Json) -> None:
    for schema in doc["components"]["schemas"].values():
        for prop in _nested_properties(schema):
            if _is_collection(prop):
                prop["nullable"] = True


def name_nullable_maps(doc: Json, rule: Json) -> None:
    schemas: Json = doc["components"]["schemas"]
    for schema_name, schema in list(schemas.items()):
        _lift_nullable_maps(schemas, schema, schema_name)


def _lift_nullable_maps(schemas: Json, schema: Json, name: str) -> None:
    """Name the nullable maps among the properties of `schema` (named `name`) and of the inline
    objects inside it, as the generator names inline objects: parent name + property name."""
    for prop_name, prop in schema.get("properties", {}).items():
        lifted = name + "".join(p.title() for p in prop_name.split("_"))
        if prop.get("nullable") and prop.get("type") == "object":
            if lifted in schemas:
                raise OverlayError(f"cannot name {name}.{prop_name}: {lifted} exists")
            schemas[lifted] = {k: v for k, v in prop.items() if k != "nullable"}
            schema["properties"][prop_name] = {"nullable": True, "allOf": [_schema_ref(lifted)]}
        else:
            _lift_nullable_maps(schemas, prop, lifted)


def nullable_properties(doc: Json, rule: Json) -> None:
    schemas = doc["components"]["schemas"]
    for qualified in rule["properties"]:
        schema_name, _, prop_name = qualified.rpartition(".")
        try:
            prop = schemas[schema_name]["properties"][prop_name]
        except KeyError:
            raise OverlayError(f"no property {qualified!r}") from None
        if "$ref" in prop:
            schemas[schema_name]["properties"][prop_name] = {
                "nullable": True,
                "allOf": [{"$ref": prop.pop("$ref")}],
                **prop,
            }
        else:
            prop["nullable"] = True


def schema(doc: Json, rule: Json) -> None:
    schemas = doc["components"]["schemas"]
    if rule["name"] not in schemas:
        raise OverlayError(f"no schema {rule['name']!r}")
    schemas[rule["name"]] = rule["value"]


def new_schema(doc: Json, rule: Json) -> None:
    schemas = doc["components"]["schemas"]
    if rule["name"] in schemas:
        raise OverlayError(f"schema {rule['name']!r} exists already")
    schemas[rule["name"]] = rule["value"]


def property_schema(doc: Json, rule: Json) -> None:
    schema_name, _, prop_name = rule["property"].rpartition(".")
    properties = doc["components"]["schemas"].get(schema_name, {}).get("properties", {})
    if prop_name not in properties:
        raise OverlayError(f"no property {rule['property']!r}")
    properties[prop_name] = rule["value"]


def property_description(doc: Json, rule: Json) -> None:
    """A property's docstring, corrected; refused once the spec no longer says `was`."""
    schema_name, _, prop_name = rule["property"].rpartition(".")
    properties = doc["components"]["schemas"].get(schema_name, {}).get("properties", {})
    if prop_name not in properties:
        raise OverlayError(f"no property {rule['property']!r}")
    found = properties[prop_name].get("description")
    if found != rule["was"]:
        raise OverlayError(f"{rule['property']} says {found!r} now, not {rule['was']!r}")
    properties[prop_name]["description"] = rule["description"]


def query_parameter(doc: Json, rule: Json) -> None:
    """A query parameter's schema and description, corrected; refused once the spec no longer
    types it as `was`."""
    operation = find_operation(doc, rule["operation"])
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query" and parameter.get("name") == rule["name"]:
            if parameter.get("schema") != rule["was"]:
                raise OverlayError(
                    f"{rule['operation']} {rule['name']} is {parameter.get('schema')} now, "
                    f"not {rule['was']}"
                )
            parameter["schema"] = copy.deepcopy(rule["schema"])
            parameter["description"] = rule["description"]
            return
    raise OverlayError(f"{rule['operation']} has no query parameter {rule['name']!r}")


def required_in_practice(doc: Json, rule: Json) -> None:
    schemas = doc["components"]["schemas"]
    for schema_name, names in rule["properties"].items():
        properties = schemas.get(schema_name, {}).get("properties", {})
        for name in names:
            if name not in properties:
                raise OverlayError(f"no property {schema_name}.{name}")
            if properties[name].get("nullable"):
                raise OverlayError(f"{schema_name}.{name} is nullable: required would not help")
        schemas[schema_name]["required"] = sorted(
            {*schemas[schema_name].get("required", ()), *names}
        )


def operation_method(doc: Json, rule: Json) -> None:
    for path, method, operation in list(operations(doc)):
        if operation.get("operationId") == rule["operation"]:
            if rule["method"] in doc["paths"][path]:
                raise OverlayError(f"{path} has a {rule['method']} operation already")
            doc["paths"][path][rule["method"]] = doc["paths"][path].pop(method)
            return
    raise OverlayError(f"no operation with operationId {rule['operation']!r}")


def request_body(doc: Json, rule: Json) -> None:
    body = find_operation(doc, rule["operation"]).get("requestBody")
    if body is None:
        raise OverlayError(f"{rule['operation']} has no request body")
    body["content"] = {JSON: {"schema": copy.deepcopy(rule["schema"])}}


def response(doc: Json, rule: Json) -> None:
    for operation_id in rule["operations"]:
        find_operation(doc, operation_id)["responses"][rule["status"]] = {
            "description": rule["description"],
            "content": {rule.get("content_type", JSON): {"schema": copy.deepcopy(rule["schema"])}},
        }


def rename_schemas(doc: Json, rule: Json) -> None:
    schemas: Json = doc["components"]["schemas"]
    short = {name: name.rpartition(".")[2] for name in schemas}
    if len(set(short.values())) != len(short):
        raise OverlayError("stripping the Go package prefix would merge two schemas")
    doc["components"]["schemas"] = {short[name]: value for name, value in schemas.items()}
    for node in _walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            node["$ref"] = (
                "#/components/schemas/" + short[ref.removeprefix("#/components/schemas/")]
            )


RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        drop_streaming,
        inline_request_bodies,
        colon_path_params,
        declare_path_params,
        head_operation_ids,
        bool_type,
        tags_from_operation_id,
        binary_request_bodies,
        binary_downloads,
        text_success_bodies,
        redirects_without_body,
        compressed_success,
        json_errors,
        nullable_collections,
        name_nullable_maps,
        nullable_properties,
        schema,
        new_schema,
        property_schema,
        property_description,
        query_parameter,
        required_in_practice,
        operation_method,
        request_body,
        response,
        rename_schemas,
    )
}


def load_rules(version: str, overlay_file: Path = OVERLAY_FILE) -> list[Json]:
    """The overlay's rules that apply to one Core version, in file order."""
    overlay: Json = tomllib.loads(overlay_file.read_text())
    rules: list[Json] = []
    for rule in overlay["rule"]:
        if not rule.get("fixes"):
            raise OverlayError(f"overlay rule {rule.get('kind')!r} does not say what it fixes")
        if rule["kind"] not in RULES:
            raise OverlayError(f"unknown rule kind {rule['kind']!r} ({rule['fixes']})")
        # A misspelt version would silently switch the rule off for every version.
        unknown = set(rule.get("versions", ())) - VERSIONS.keys()
        if unknown:
            raise OverlayError(f"rule {rule['kind']} ({rule['fixes']}): unpinned {sorted(unknown)}")
        if "versions" not in rule or version in rule["versions"]:
            rules.append(rule)
    return rules


def apply_overlay(doc: Json, version: str) -> Json:
    """A patched copy of an OpenAPI 3 document of one Core version."""
    patched = copy.deepcopy(doc)
    for rule in load_rules(version):
        if rule["kind"] == "drop_streaming":
            rule = {**rule, "operations": streaming_operation_ids(version)}
        try:
            RULES[rule["kind"]](patched, rule)
        except OverlayError as error:
            raise OverlayError(f"overlay rule {rule['kind']} ({rule['fixes']}): {error}") from None
    return patched
