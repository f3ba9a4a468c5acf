"""Render the typed client methods from the wiring table (openapi/methods.toml).

    python -m scripts.generate_methods [--version vod] [--check]

Reads the wiring table, the overlaid OpenAPI document that generated/ was made from, and the
generated endpoint modules (for each `_get_kwargs` argument name), and writes:

- core_client/_operations.py: `SyncOperations` / `AsyncOperations`, one typed method per
  operation (aliases as class attributes), each a call of `_operate` (core_client/operation.py);
- the method table of README.md (between `<!-- section: methods -->` and the next section);
- tests/surface/typed_calls.py: one call of every method, which a test type-checks.

`--check` writes nothing and fails if any of them differs from a fresh rendering.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from core_client import streaming
from core_client.operation import Operation
from scripts import wiring
from scripts.generate import write_patched_spec
from scripts.paths import GENERATED_DIR, PACKAGE_NAME, ROOT, openapi_file
from scripts.versions import DEFAULT_VERSION
from scripts.wiring import TableError

TABLE_FILE = wiring.TABLE_FILE
OPERATIONS_FILE = ROOT / "core_client" / "_operations.py"
README_FILE = ROOT / "README.md"
TYPED_CALLS_FILE = ROOT / "tests" / "surface" / "typed_calls.py"
README_SECTION = "<!-- section: methods -->"
REF_PREFIX = "#/components/schemas/"
HEAD_SUFFIX = "-head"  # openapi/overlay.toml gives HEAD operations their own operationId
SCALAR_ANNOTATIONS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
DOC_WIDTH = 88  # docstring lines inside a method stay within the line length
CALL_OPTIONS = ("retries: int | None = None", "timeout: TimeoutValue | None = None")
BASIC_AUTH = "basic_auth: tuple[str, str] | None = None"
RESULT_ANNOTATIONS = {"text": "str", "binary": "bytes", "headers": "httpx.Headers", "none": "None"}
# Request bodies of the hand-written event routes, checked like the generated methods' bodies.
# What an event stream takes besides the call options.
STREAM_OPTIONS = (
    "reconnect: bool | Reconnect = True",
    "idle_timeout: float | None = DEFAULT_IDLE_TIMEOUT",
)
# A streaming route's kind of transfer (core_client/streaming.py) -> the method's result on
# Client and on AsyncClient (`{}`: the kind's type argument), and whether AsyncClient awaits it.
TRANSFERS = {
    "Fetch": ("{}", "{}", True),
    "Exists": ("bool", "bool", True),
    "Download": ("int", "int", True),
    "Chunks": (
        "AbstractContextManager[Iterator[bytes]]",
        "AbstractAsyncContextManager[AsyncIterator[bytes]]",
        False,
    ),
    "Events": ("EventStream[{}]", "AsyncEventStream[{}]", False),
}


# Operation's keyword defaults as code (parameters=(), result="json", auth=True, ...).
_OPERATION_DEFAULTS = {name: repr(default) for name, default in Operation._field_defaults.items()}


@dataclass
class Param:
    name: str  # public
    spec_name: str
    location: str  # path | file_path | query
    keyword: str  # generated _get_kwargs argument
    schema: dict[str, Any]
    required: bool

    @property
    def annotation(self) -> str:
        base = SCALAR_ANNOTATIONS.get(self.schema.get("type", "string"), "str")
        if self.location != "query" or base == "str":
            return base
        return f"{base} | None"

    @property
    def default_code(self) -> str:
        return '""' if self.annotation == "str" else "None"


@dataclass
class Method:
    """One generated method: its operation and its Python signature."""

    entry: dict[str, Any]
    module: str
    params: list[Param]
    body_name: str | None
    body_schema: dict[str, Any] | None  # None with a body: raw bytes
    result: str
    result_schema: dict[str, Any] | None
    auth: bool
    summary: str
    positional: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.entry["name"])

    @property
    def constant(self) -> str:
        return f"_{self.name.upper()}"

    @property
    def path(self) -> str:
        return str(self.entry["path"])


class Renderer:
    """Turns spec schemas into the annotations of the methods' signatures."""

    def __init__(self, spec: dict[str, Any], model_classes: dict[str, str]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.model_classes = model_classes
        self.used_classes: set[str] = set()

    def annotation(self, schema: dict[str, Any], *, model_input: bool = False) -> str:
        code = self._bare_annotation(schema, model_input)
        return f"{code} | None" if schema.get("nullable") else code

    def _bare_annotation(self, schema: dict[str, Any], model_input: bool) -> str:
        if "$ref" in schema:
            name = schema["$ref"].removeprefix(REF_PREFIX)
            class_name = self.model_classes.get(name)
            if class_name is None:
                return self.annotation(self.schemas[name], model_input=model_input)
            self.used_classes.add(class_name)
            # Through the lazy `core_client.models`: a name typing.get_type_hints resolves at
            # run time without importing every model when core_client is imported.
            qualified = f"models.{class_name}"
            return f"{qualified} | Mapping[str, Any]" if model_input else qualified
        if len(schema.get("allOf", ())) == 1:
            return self._bare_annotation(schema["allOf"][0], model_input)
        if "anyOf" in schema:
            return " | ".join(self.annotation(option) for option in schema["anyOf"])
        kind = schema.get("type")
        if kind in SCALAR_ANNOTATIONS:
            return SCALAR_ANNOTATIONS[kind]
        if kind == "array":
            items = self.annotation(schema.get("items", {}), model_input=model_input)
            return f"Sequence[{items}]" if model_input else f"list[{items}]"
        if kind == "object" and "properties" not in schema:
            values = schema.get("additionalProperties")
            value = self.annotation(values) if isinstance(values, dict) else "Any"
            return f"dict[str, {value}]"
        if kind == "object":
            return "dict[str, Any]"
        return "Any"


def _spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    operations: dict[tuple[str, str], dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                operations[(operation["operationId"], method.upper())] = operation | {"path": path}
    return operations


def _generated_modules() -> dict[str, str]:
    """Module file stem -> module path below `datarhei_core_api.api` ("process.process_3_get")."""
    api = GENERATED_DIR / PACKAGE_NAME / "api"
    return {
        file.stem: f"{file.parent.name}.{file.stem}"
        for file in sorted(api.glob("*/*.py"))
        if file.stem != "__init__"
    }


def _get_kwargs_arguments(module: str) -> list[str]:
    file = GENERATED_DIR / PACKAGE_NAME / "api" / (module.replace(".", "/") + ".py")
    for node in ast.parse(file.read_text()).body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            arguments = node.args
            return [argument.arg for argument in [*arguments.args, *arguments.kwonlyargs]]
    raise TableError(f"{file}: no _get_kwargs")


def _model_classes(spec: dict[str, Any]) -> dict[str, str]:
    """Schema name -> generated model class, for every schema that became a class."""
    init = (GENERATED_DIR / PACKAGE_NAME / "models" / "__init__.py").read_text()
    generated = set(re.findall(r"\b[A-Z]\w*\b", init))
    classes = {}
    for name in spec["components"]["schemas"]:
        class_name = ClassName(name, prefix="")
        if class_name in generated:
            classes[name] = str(class_name)
    return classes


def _result(operation: dict[str, Any], method: str) -> tuple[str, dict[str, Any] | None]:
    if method == "HEAD":
        return "headers", None
    for status, response in sorted(operation.get("responses", {}).items()):
        if not status.startswith("2"):
            continue
        content = response.get("content") or {}
        if "application/json" in content:
            return "json", content["application/json"].get("schema", {})
        if any(kind.startswith("text/") for kind in content):
            return "text", None
        if content:
            return "binary", None
    return "none", None


def _body(operation: dict[str, Any]) -> tuple[bool, dict[str, Any] | None]:
    content = operation.get("requestBody", {}).get("content") or {}
    if not content:
        return False, None
    if "application/json" in content:
        return True, content["application/json"].get("schema", {})
    return True, None


def _method(
    entry: dict[str, Any],
    spec_ops: dict[tuple[str, str], dict[str, Any]],
    modules: dict[str, str],
    renames: dict[str, str],
) -> Method:
    operation_id = entry["operation_id"]
    method = entry["method"]
    generated_id = operation_id + (HEAD_SUFFIX if method == "HEAD" else "")
    operation = spec_ops.get((generated_id, method))
    if operation is None:
        raise TableError(f"{entry['name']}: no operation {generated_id} {method} in the spec")
    if operation["path"] != entry["path"]:
        spec_path = operation["path"]
        raise TableError(f"{entry['name']}: path {entry['path']}, the spec's is {spec_path}")
    module = modules.get(PythonIdentifier(generated_id, prefix=""))
    if module is None:
        raise TableError(f"{entry['name']}: no generated module for {generated_id}")
    keywords = set(_get_kwargs_arguments(module))
    params = []
    for spec_param in operation.get("parameters", []):
        if spec_param["in"] not in ("path", "query"):
            continue
        spec_name = spec_param["name"]
        location = spec_param["in"]
        keyword = str(PythonIdentifier(spec_name, prefix=""))
        public = renames.get(spec_name, keyword.rstrip("_") if keyword != spec_name else spec_name)
        if keyword not in keywords:
            # A path and a query parameter of one name: the generator suffixes both.
            keyword = f"{keyword}_{location}"
            public = spec_name if location == "path" else keyword
        if keyword not in keywords:
            raise TableError(f"{entry['name']}: _get_kwargs of {module} has no {keyword}")
        if location == "path" and spec_name == "filepath":
            location = "file_path"
        params.append(
            Param(
                name=public,
                spec_name=spec_name,
                location=location,
                keyword=keyword,
                schema=spec_param.get("schema", {}),
                required=location != "query",
            )
        )
    has_body, body_schema = _body(operation)
    result, result_schema = _result(operation, method)
    summary = operation.get("summary") or operation.get("description") or ""
    built = Method(
        entry=entry,
        module=module,
        params=params,
        body_name=entry.get("body", "body") if has_body else None,
        body_schema=body_schema,
        result=result,
        result_schema=result_schema,
        auth=bool(operation.get("security")),
        summary=summary.strip().splitlines()[0].rstrip(".") if summary.strip() else "",
    )
    built.positional = _positional(built)
    return built


def _positional(method: Method) -> list[str]:
    """The table's positional order, then every required parameter it does not name."""
    order = list(method.entry.get("positional", []))
    required = [param.name for param in method.params if param.required]
    if method.body_name:
        required.append(method.body_name)
    known = {param.name for param in method.params} | {method.body_name}
    for name in order:
        if name not in known:
            raise TableError(f"{method.name}: positional {name} is no parameter")
    return order + [name for name in required if name not in order]


@dataclass
class Route:
    """One streaming method: a route function of core_client/streaming.py, run by its kind."""

    name: str
    aliases: list[str]
    function: Callable[..., object]
    http_method: str
    path: str
    # Parameter lists (of the route's names, "*" before keyword-only ones) typed as overloads.
    overloads: list[list[str]] = field(default_factory=list)

    @property
    def transfer(self) -> tuple[str, str]:
        """The kind of transfer and its type argument ("Fetch", "bytes")."""
        returns = str(inspect.signature(self.function).return_annotation)
        match = re.fullmatch(r"(\w+)(?:\[(.*)\])?", returns)
        if match is None or match.group(1) not in TRANSFERS:
            raise TableError(f"{self.name}: the route returns {returns}, no kind of transfer")
        return match.group(1), match.group(2) or ""


def _routes(table: dict[str, Any]) -> list[Route]:
    routes = []
    for entry in table["operation"]:
        if entry["kind"] != "streaming":
            continue
        named = {entry["name"]: entry["route"], **entry.get("extra_methods", {})}
        for name, route in named.items():
            function = getattr(streaming, route, None)
            if not callable(function):
                raise TableError(f"{name}: core_client/streaming.py has no route {route}")
            main = name == entry["name"]
            aliases = entry.get("aliases", []) if main else []
            overloads = entry.get("overloads", []) if main else []
            routes.append(Route(name, aliases, function, entry["method"], entry["path"], overloads))
    return routes


# --- _operations.py ---------------------------------------------------------------------------


def _signature(method: Method, renderer: Renderer) -> list[str]:
    """Parameter lines of a method without `self`: positional ones, then keyword-only ones."""
    by_name = {param.name: param for param in method.params}

    def line(name: str) -> str:
        if name == method.body_name:
            default = method.entry.get("body_default")
            suffix = "" if default is None else f" = {default}"
            return f"{name}: {_body_annotation(method, renderer)}{suffix}"
        param = by_name[name]
        if param.required:
            return f"{name}: {param.annotation}"
        return f"{name}: {param.annotation} = {param.default_code}"

    keyword_only = [param.name for param in method.params if param.name not in method.positional]
    return [
        *(line(name) for name in method.positional),
        "*",
        *(line(name) for name in keyword_only),
        *([BASIC_AUTH] if method.entry.get("basic_auth") else []),
        *CALL_OPTIONS,
    ]


def _body_annotation(method: Method, renderer: Renderer) -> str:
    if method.body_schema is None:
        return "bytes"
    annotation = renderer.annotation(method.body_schema, model_input=True)
    if method.entry.get("shorthand"):
        annotation += " | str"
    return annotation


def _result_annotation(method: Method, renderer: Renderer) -> str:
    if method.result == "json":
        assert method.result_schema is not None
        return renderer.annotation(method.result_schema)
    return RESULT_ANNOTATIONS[method.result]


def _arguments(method: Method) -> str:
    names = [param.name for param in method.params]
    if method.body_name:
        names.append(method.body_name)
    if method.entry.get("basic_auth"):
        names.append("basic_auth")
    return "{" + ", ".join(f"{name!r}: {name}" for name in names) + "}"


def _operation_constant(method: Method, renderer: Renderer) -> str:
    """The `Operation(...)` of a method; keywords at their default are left out (auth=False and
    result="text" stand out that way)."""
    result = _result_annotation(method, renderer)
    parameters = "".join(
        f"Parameter({param.name!r}, {param.spec_name!r}, {param.location!r}, "
        f"{param.keyword!r}{_parameter_kind(method, param)}),"
        for param in method.params
    )
    keywords = {"parameters": f"({parameters})", "result": repr(method.result)}
    if method.body_name:
        body = [repr(method.body_name)]
        if method.body_schema is None:
            body.append("json=False")
        if method.entry.get("shorthand"):
            body.append(f"shorthand={method.entry['shorthand']!r}")
        keywords["body"] = f"Body({', '.join(body)})"
    keywords["auth"] = repr(method.auth)
    keywords["basic_auth"] = repr(bool(method.entry.get("basic_auth")))
    keywords["uncompressed"] = repr(bool(method.entry.get("uncompressed")))
    keywords["renamed_keys"] = repr(tuple(sorted(method.entry.get("renamed_keys", {}).items())))
    given = "".join(
        f" {name}={code}," for name, code in keywords.items() if code != _OPERATION_DEFAULTS[name]
    )
    return (
        f"{method.constant}: Operation[{result}] = Operation(\n"
        f"    {method.name!r}, {method.entry['method']!r}, {method.path!r}, "
        f"{method.module!r},{given}\n)\n"
    )


def _parameter_kind(method: Method, param: Param) -> str:
    """`, "integer"` (or `"boolean"`) for such a parameter; nothing for a string (the default)."""
    kind = param.schema.get("type", "string")
    if kind not in ("string", "integer", "boolean"):
        raise TableError(f"{method.name}: parameter {param.name} of type {kind}")
    return "" if kind == "string" else f", {kind!r}"


def _docstring(method: Method) -> str:
    text = f"{method.summary or method.name}."
    if method.entry.get("basic_auth"):
        text += " `basic_auth=(username, password)` sends HTTP Basic of an IAM user instead."
    if method.entry.get("note"):
        text += " " + method.entry["note"]
    summary = textwrap.fill(text, width=DOC_WIDTH)
    lines = summary.replace("\n", "\n        ")
    return f'"""{lines}\n\n        `{method.entry["method"]} {method.path}`\n        """'


@dataclass(frozen=True)
class Target:
    """The class a method is rendered into: of Client or AsyncClient, and the plain one or its
    `with_raw_response` (which returns the `RawResponse` of the call instead of the value)."""

    is_async: bool
    raw: bool

    def prefix(self, awaited: bool = True) -> str:
        return "async def" if self.is_async and awaited else "def"

    def result(self, annotation: str) -> str:
        return f"RawResponse[{annotation}]" if self.raw else annotation

    def awaited(self, call: str) -> str:
        return f"await {call}" if self.is_async else call

    @property
    def receiver(self) -> str:
        return "self._client" if self.raw else "self"

    @property
    def operate(self) -> str:
        return self.awaited(f"{self.receiver}._operate{'_raw' if self.raw else ''}")


def _render_method(method: Method, renderer: Renderer, target: Target) -> str:
    params = ["self", *_signature(method, renderer)]
    result = target.result(_result_annotation(method, renderer))
    prefix, call = target.prefix(), target.operate
    return (
        f"    {prefix} {method.name}(\n        "
        + ",\n        ".join(params)
        + f",\n    ) -> {result}:\n"
        f"        {_docstring(method)}\n"
        f"        return {call}({method.constant}, {_arguments(method)}, retries, timeout)\n"
    )


def _render_dispatch(
    dispatch: dict[str, Any], methods: dict[str, Method], renderer: Renderer, target: Target
) -> str:
    """One name for two routes: the route with the selector parameter, or the one without it."""
    with_it = methods[dispatch["with_selector"]]
    without = methods[dispatch["without_selector"]]
    selector = dispatch["selector"]
    prefix, call = target.prefix(), target.operate
    shared = [param for param in with_it.params if param.name != selector]
    extra = [param for param in without.params if param.name not in {p.name for p in shared}]
    shared_lines = [f"{param.name}: {param.annotation}" for param in shared]
    keyword_lines = [f"{param.name}: {param.annotation} = {param.default_code}" for param in extra]
    # Keywords of the original README's signature that Core's route does not read: taken, and
    # not sent (as Core would ignore them).
    keyword_lines += [f'{name}: str = ""' for name in dispatch.get("not_sent", [])]
    one = target.result(_result_annotation(with_it, renderer))
    many = target.result(_result_annotation(without, renderer))
    overloads = (
        ([*shared_lines, f"{selector}: str", "*", *CALL_OPTIONS], one),
        ([*shared_lines, f"{selector}: None = None", "*", *keyword_lines, *CALL_OPTIONS], many),
    )
    implementation = [*shared_lines, f"{selector}: str | None = None", "*", *keyword_lines]
    # A filter is given when it would be sent: empty-string and None mean "not sent".
    filters = ", ".join(param.name for param in extra)
    conflict = (
        f"        if any(value not in ('', None) for value in [{filters}]):\n"
        f"            raise ValidationError({selector!r}, {dispatch['conflict']!r})\n"
        if extra
        else ""
    )

    def define(params: list[str], result: str) -> str:
        lines = ",\n        ".join(["self", *params])
        return f"    {prefix} {dispatch['name']}(\n        {lines},\n    ) -> {result}"

    rendered = [f"    @overload\n{define(params, result)}: ...\n" for params, result in overloads]
    rendered.append(
        f"{define([*implementation, *CALL_OPTIONS], f'{one} | {many}')}:\n"
        f'        """{dispatch["doc"]}"""\n'
        f"        if {selector} is None:\n"
        f"            return {call}({without.constant}, {_arguments(without)}, retries, timeout)\n"
        f"{conflict}"
        f"        return {call}({with_it.constant}, {_arguments(with_it)}, retries, timeout)\n"
    )
    return "\n".join(rendered)


def _route_parameters(signature: inspect.Signature) -> tuple[list[str], list[str]]:
    """A route's parameters as code: those taken by position, and the keyword-only ones."""
    positional: list[str] = []
    keyword: list[str] = []
    for parameter in signature.parameters.values():
        code = f"{parameter.name}: {parameter.annotation}"
        if parameter.default is not parameter.empty:
            code += f" = {parameter.default!r}"
        is_keyword = parameter.kind is parameter.KEYWORD_ONLY
        (keyword if is_keyword else positional).append(code)
    return positional, keyword


def _render_route(route: Route, target: Target) -> str:
    kind, argument = route.transfer
    sync_result, async_result, awaited = TRANSFERS[kind]
    result = target.result((async_result if target.is_async else sync_result).format(argument))
    options = [*CALL_OPTIONS, *(STREAM_OPTIONS if kind == "Events" else ())]
    signature = inspect.signature(route.function)
    positional, keyword = _route_parameters(signature)
    parameters = ",\n        ".join(["self", *positional, "*", *keyword, *options])
    prefix = target.prefix(awaited)
    rendered = [
        f"    @overload\n    {prefix} {route.name}(\n        "
        + ",\n        ".join(["self", *_overload_parameters(route, names), *options])
        + f",\n    ) -> {result}: ...\n"
        for names in route.overloads
    ]
    arguments = ", ".join(
        name if parameter.kind is parameter.POSITIONAL_OR_KEYWORD else f"{name}={name}"
        for name, parameter in signature.parameters.items()
    )
    option_names = [line.partition(":")[0] for line in options]
    call_options = ", ".join(f"{name!r}: {name}" for name in option_names)
    run = ("arun" if target.is_async else "run") + ("_raw" if target.raw else "")
    call = f"streaming.{route.function.__name__}({arguments}).{run}"
    # Errors of a route the server lacks name the method, as the generated methods' do.
    named = "streaming.AsyncNamedPipeline" if target.is_async else "streaming.NamedPipeline"
    named = f"{named}({target.receiver}, {route.name!r})"
    call = f"{call}({named}, {{{call_options}}})"
    if awaited:
        call = target.awaited(call)
    doc = textwrap.indent(inspect.getdoc(route.function) or route.name, " " * 8).lstrip()
    rendered += [
        f"    {prefix} {route.name}(\n        {parameters},\n    ) -> {result}:\n"
        f'        """{doc}\n\n        `{route.http_method} {route.path}`\n        """\n'
        # Errors raise from the call site (the pipeline's frames trimmed), carrying the request.
        "        try:\n"
        f"            return {call}\n"
        "        except CoreError as error:\n"
        f"            raise {target.receiver}._at_call_site(error, {route.http_method!r}, "
        f"{route.path!r})\n",
        *(f"    {alias} = {route.name}\n" for alias in route.aliases),
    ]
    return "\n".join(rendered)


def _overload_parameters(route: Route, names: list[str]) -> list[str]:
    """One overload's parameters: each required (no default, not None), then "*" if missing."""
    parameters = inspect.signature(route.function).parameters
    lines = []
    for name in names:
        if name == "*":
            lines.append(name)
            continue
        if name not in parameters:
            raise TableError(f"{route.name}: overload parameter {name} is not the route's")
        lines.append(f"{name}: {str(parameters[name].annotation).removesuffix(' | None')}")
    return lines if "*" in lines else [*lines, "*"]


def _class_head(prefix: str, base: str, target: Target) -> str:
    values = "awaitables of the values" if target.is_async else "the values"
    if target.raw:
        return (
            f"class {prefix}RawOperations:\n"
            f'    """`client.with_raw_response`: the methods of `{prefix}Operations` that read a\n'
            "    whole response, each returning the `RawResponse` of its call: `.response` (the\n"
            '    httpx.Response), `.parse()` (the value). Errors raise as from the methods."""\n\n'
            f"    def __init__(self, client: {prefix}Operations) -> None:\n"
            "        self._client = client\n"
        )
    return (
        f"class {prefix}Operations({base}):\n"
        f'    """Every operation of Core\'s API as a typed method. Returns {values}."""\n\n'
        "    @property\n"
        f"    def with_raw_response(self) -> {prefix}RawOperations:\n"
        '        """The same calls, each returning the `RawResponse` of that one call (the\n'
        "        `httpx.Response` and `.parse()`): "
        '`client.with_raw_response.v3_process_get(id)`."""\n'
        f"        return {prefix}RawOperations(self)\n"
    )


def _render_operations(
    methods: list[Method],
    routes: list[Route],
    dispatches: list[dict[str, Any]],
    renderer: Renderer,
) -> str:
    by_id = {(m.entry["operation_id"]): m for m in methods}
    dispatched = {d["with_selector"] for d in dispatches}
    constants = "\n".join(_operation_constant(method, renderer) for method in methods)
    classes = []
    for prefix, base in (("Sync", "SyncClusterNode"), ("Async", "AsyncClusterNode")):
        for target in (Target(prefix == "Async", False), Target(prefix == "Async", True)):
            body = [_class_head(prefix, base, target)]
            for method in methods:
                if method.entry["operation_id"] in dispatched:
                    continue
                body.append(_render_method(method, renderer, target))
                body.extend(
                    f"    {alias} = {method.name}\n" for alias in method.entry.get("aliases", [])
                )
            for dispatch in dispatches:
                body.append(_render_dispatch(dispatch, by_id, renderer, target))
            body.extend(
                _render_route(route, target)
                for route in routes
                # A raw response is a buffered response: streams and downloads have none.
                if not target.raw or route.transfer[0] == "Fetch"
            )
            classes.append("\n".join(body))
    # Every name of an annotation is imported at run time (typing.get_type_hints reads them);
    # the format step drops what no method uses.
    return (
        '"""Generated by scripts/generate_methods.py from openapi/methods.toml: do not edit."""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import AsyncIterator, Iterator, Mapping, Sequence\n"
        "from contextlib import AbstractAsyncContextManager, AbstractContextManager\n"
        "from typing import Any, overload\n\n"
        "import httpx\n\n"
        "from . import models, streaming\n"
        "from .cluster_node import AsyncClusterNode, SyncClusterNode\n"
        "from .config import TimeoutValue\n"
        "from .exceptions import CoreError, ValidationError\n"
        "from .operation import Body, Operation, Parameter, RawResponse\n"
        f"from .streaming import {', '.join(streaming.__all__)}\n\n"
        "__all__ = ['AsyncOperations', 'AsyncRawOperations', 'SyncOperations',"
        " 'SyncRawOperations']\n\n"
        f"{constants}\n\n" + "\n\n".join(classes)
    )


def _format(code: str, target: Path) -> str:
    """Code as `ruff check --fix` (unused imports, import order) and `ruff format` leave it."""
    ruff = str(Path(sys.executable).with_name("ruff"))
    name = ["--stdin-filename", str(target)]
    for command in (
        [ruff, "check", "--fix-only", "--select", "F401,I", "--quiet", *name, "-"],
        [ruff, "format", "--quiet", *name, "-"],
    ):
        result = subprocess.run(
            command, input=code, capture_output=True, text=True, check=False, cwd=ROOT
        )
        if result.returncode != 0:
            raise TableError(f"{' '.join(command[1:3])} failed on {target.name}:\n{result.stderr}")
        code = result.stdout
    return code


# --- README ----------------------------------------------------------------------------------


def _readme_rows(table: dict[str, Any], methods: dict[str, Method]) -> Iterator[str]:
    dispatches = table.get("dispatch", [])
    with_selector = {d["with_selector"]: d for d in dispatches}
    without_selector = {d["without_selector"]: d for d in dispatches}
    for entry in table["operation"]:
        route = f"`{entry['method']} {entry['path']}`"
        aliases = [f"`{alias}`" for alias in entry.get("aliases", [])]
        method = methods.get(entry["operation_id"] + entry["method"])
        if entry["operation_id"] in without_selector:
            dispatch = without_selector[entry["operation_id"]]
            aliases.append(f"`{dispatch['name']}` without `{dispatch['selector']}`")
        if method is not None and entry["operation_id"] in with_selector:
            dispatch = with_selector[entry["operation_id"]]
            signature = f"{dispatch['name']}(storage, {dispatch['selector']})"
        elif method is not None:
            signature = _short_signature(method)
        elif not entry.get("public", True):
            signature = "(automatic token renewal)"
        elif entry["kind"] == "streaming":
            parameters = inspect.signature(getattr(streaming, entry["route"])).parameters
            signature = _hand_written_signature(entry["name"], list(parameters.values()))
        else:
            signature = _hand_written_signature(entry["name"])
        note = {"streaming": " (streaming)", "hand-written": " (experimental)"}.get(
            entry["kind"], ""
        )
        row = f"| `{entry['name']}`{note} | {', '.join(aliases)} | {route} | `{signature}` |"
        yield row


def _hand_written_signature(name: str, parameters: list[inspect.Parameter] | None = None) -> str:
    """The signature of a method written by hand (cluster node, login), or of a streaming
    method from its route's `parameters`, without the call options."""
    if parameters is None:
        from core_client import Client

        method = getattr(Client, name, None)
        if method is None:
            return f"{name}(...)"
        parameters = list(inspect.signature(method).parameters.values())[1:]
    parts = []
    for parameter in parameters:
        if parameter.name in ("retries", "timeout"):
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and "*" not in parts:
            parts.append("*")
        default = parameter.default
        parts.append(
            parameter.name if default is parameter.empty else f"{parameter.name}={default!r}"
        )
    return f"{name}({', '.join(parts)})"


def _short_signature(method: Method) -> str:
    by_name = {param.name: param for param in method.params}
    parts = []
    for name in method.positional:
        param = by_name.get(name)
        body_default = method.entry.get("body_default")
        if param is None and body_default is not None:
            parts.append(f"{name}={body_default}")
        elif param is None or param.required:
            parts.append(name)
        else:
            parts.append(f"{name}={param.default_code}")
    keyword_only = [param for param in method.params if param.name not in method.positional]
    if keyword_only:
        parts.append("*")
        parts.extend(f"{param.name}={param.default_code}" for param in keyword_only)
    return f"{method.name}({', '.join(parts)})"


def _render_readme(readme: str, rows: list[str]) -> str:
    start = readme.index(README_SECTION) + len(README_SECTION)
    end = _section_end(readme, start)
    section = (
        "\n\n## Methods\n\n"
        "Every operation of Core's API is a method of `Client` (returns the value) and of\n"
        "`AsyncClient` (returns an awaitable of it). Every method also takes `retries=` and\n"
        '`timeout=` for that call. Empty-string and `None` defaults mean "not sent".\n\n'
        "- Bodies are a model or a plain dict (lists of either); a dict that does not fit the\n"
        "  spec raises `ValidationError` naming the field (`config.input[0].address`) before\n"
        '  anything is sent. `v3_process_put_command(id, "start")` takes the bare command.\n'
        "- Responses become the generated models, keeping fields the spec lacks; one that does\n"
        "  not fit raises `ResponseValidationError` (`.path`, raw `.body`).\n"
        "- Values arrive as given: path and query values are encoded for Core (which decodes\n"
        "  them twice); an id like `../config` or `a/b` stays one path segment; file paths keep\n"
        "  their `/` and may not climb out with `..`.\n"
        "- A 404/405 from a route the connected Core does not have (an older version) says so.\n"
        "- Models: `from core_client.models import ProcessConfig` (every spec model by name; the\n"
        "  same classes at the upstream path `core_client.base.models.v3`). Attributes and\n"
        "  constructor arguments are Core's JSON names (`ProcessConfig(input=[...])`,\n"
        "  `state.exec`); an optional field Core did not send reads as `None`.\n\n"
        "Generated from `openapi/methods.toml` by `scripts/generate_methods.py`.\n\n"
        "| method | aliases | route | signature |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    return readme[:start] + section + readme[end:]


# --- tests/surface/typed_calls.py ---------------------------------------------------------


def _placeholder(annotation: str) -> str:
    """A value of the annotated parameter type, for the type-checked calls."""
    if annotation.startswith("bytes"):
        return 'b""'
    if annotation.endswith("| str"):
        return '"start"'
    if "Sequence[" in annotation.split(" | ")[0]:
        return "[]"
    if "Mapping[" in annotation:
        return "{}"
    if annotation.startswith("int"):
        return "1"
    if annotation == "Any":
        return "None"
    return '"x"'


def _call_lines(
    method: Method, renderer: Renderer, name: str, receiver: str, raw: bool = False
) -> str:
    arguments = []
    for line in _signature(method, renderer):
        if line == "*":
            break
        annotation = line.partition(": ")[2]
        if "=" not in annotation:
            arguments.append(_placeholder(annotation))
    result = Target(is_async=False, raw=raw).result(_result_annotation(method, renderer))
    if raw:
        receiver += ".with_raw_response"
    call = f"{receiver}.{name}({', '.join([*arguments, 'retries=0', 'timeout=1.0'])})"
    if result == "None":
        return f"    {call}\n"
    return f"    assert_type({call}, {result})\n"


def _render_typed_calls(
    methods: list[Method], dispatches: list[dict[str, Any]], renderer: Renderer
) -> str:
    dispatched = {d["with_selector"] for d in dispatches}
    body: dict[str, list[str]] = {"sync": [], "async": []}
    for method in methods:
        if method.entry["operation_id"] in dispatched:
            continue
        for name in [method.name, *method.entry.get("aliases", [])]:
            body["sync"].append(_call_lines(method, renderer, name, "client"))
            body["async"].append(_call_lines(method, renderer, name, "await client"))
        body["sync"].append(_call_lines(method, renderer, method.name, "client", raw=True))
        body["async"].append(_call_lines(method, renderer, method.name, "await client", raw=True))
    for dispatch in dispatches:
        for receiver, key in (("client", "sync"), ("await client", "async")):
            name = dispatch["name"]
            body[key].append(
                f'    assert_type({receiver}.{name}("mem", "a.txt", retries=0), str)\n'
                f'    assert_type({receiver}.{name}("mem", glob="*.txt"), list[str])\n'
            )
    return (
        '"""Generated by scripts/generate_methods.py: every method called, for mypy --strict.\n\n'
        "Never run: tests/surface/test_typing.py type-checks this file. `assert_type` pins each\n"
        'documented return type, so a wrong signature or return type fails the check."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Any, assert_type\n\n"
        "import httpx\n\n"
        "from core_client import AsyncClient, Client, RawResponse, models\n\n\n"
        "def sync_calls(client: Client) -> None:\n" + "".join(body["sync"]) + "\n\n"
        "async def async_calls(client: AsyncClient) -> None:\n" + "".join(body["async"])
    )


# --- README examples ---------------------------------------------------------------------

EXAMPLES_SECTION = "<!-- section: examples -->"
EXAMPLES_DIR = ROOT / "examples"
# examples/ script -> its heading; after the quick start against your own Core come the original
# README's ten, unmodified.
EXAMPLES = {
    "quickstart.py": "Quick start against your Core (`make quickstart`)",
    "quickstart_sync.py": "Quick start (sync)",
    "quickstart_async.py": "Quick start (async)",
    "get_token.py": "GET token data",
    "get_processes.py": "GET processes",
    "post_process.py": "POST process",
    "get_process.py": "GET process",
    "put_process.py": "PUT process",
    "delete_process.py": "DELETE process",
    "api_models.py": "API models",
    "error_handling.py": "Error handling",
    "models_dict.py": "Models as dicts: `to_dict()` / `from_dict()`",
    "raw_response.py": "The raw `httpx.Response` of a call",
}


def _example_code(name: str) -> str:
    lines = (EXAMPLES_DIR / name).read_text().splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)  # the script's own notes (why it looks the way it does)
    return "\n".join(lines).strip()


def _render_examples(readme: str) -> str:
    blocks = "".join(
        f"### {title}\n\n```python\n{_example_code(name)}\n```\n\n"
        for name, title in EXAMPLES.items()
    )
    section = (
        "\n\n## Examples\n\n"
        'The original README\'s examples work unmodified (its "GET processes" example had a\n'
        "typo, `processes` for `process_list`, fixed here). Each is a script in `examples/` that\n"
        "the tests run against a fake Core. Models are msgspec Structs whose fields are Core's\n"
        "JSON names: `to_dict()` gives plain JSON types, `Model.from_dict(data)` parses; fields\n"
        "Core sends that the spec lacks are kept (`model.additional_properties`); a JSON object\n"
        "whose keys are free (metadata, log line counts) is a `dict`.\n"
        "`client.with_raw_response.<method>(...)` gives the raw `httpx.Response` (status,\n"
        "headers) of that one call, and `.parse()` its value.\n\n" + blocks
    )
    start = readme.index(EXAMPLES_SECTION) + len(EXAMPLES_SECTION)
    return readme[:start] + section.rstrip("\n") + "\n" + readme[_section_end(readme, start) :]


def _section_end(readme: str, start: int) -> int:
    """Where a generated section ends: the next section marker or `## ` heading of another."""
    position = start
    ends = []
    marker = readme.find("\n<!-- section:", position)
    if marker != -1:
        ends.append(marker)
    heading = readme.find("\n## ", position)
    while heading != -1 and readme.startswith(("\n## Examples", "\n## Methods"), heading):
        heading = readme.find("\n## ", heading + 1)
    if heading != -1:
        ends.append(heading)
    return min(ends, default=len(readme))


# --- main ------------------------------------------------------------------------------------


def render(version: str, spec_file: Path | None = None) -> dict[Path, str]:
    """File -> the content it must have."""
    table = wiring.load(version, TABLE_FILE)
    if spec_file is None:
        spec_file = openapi_file(version)
        if not spec_file.exists():
            spec_file = write_patched_spec(version)
    spec = json.loads(spec_file.read_text())
    spec_ops = _spec_operations(spec)
    modules = _generated_modules()
    renames = table.get("rename", {})
    renderer = Renderer(spec, _model_classes(spec))
    methods = [
        _method(entry, spec_ops, modules, renames)
        for entry in table["operation"]
        if entry["kind"] == "generated"
    ]
    routes = _routes(table)
    operations = _format(
        _render_operations(methods, routes, table.get("dispatch", []), renderer), OPERATIONS_FILE
    )
    by_key = {m.entry["operation_id"] + m.entry["method"]: m for m in methods}
    readme = _render_readme(
        _render_examples(README_FILE.read_text()), list(_readme_rows(table, by_key))
    )
    calls = _format(
        _render_typed_calls(methods, table.get("dispatch", []), renderer), TYPED_CALLS_FILE
    )
    return {
        OPERATIONS_FILE: operations,
        README_FILE: readme,
        TYPED_CALLS_FILE: calls,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="render the typed client methods")
    parser.add_argument("--version", default=DEFAULT_VERSION, help="pinned Core version")
    parser.add_argument("--spec", type=Path, help="overlaid OpenAPI document (default: .spec/)")
    parser.add_argument("--check", action="store_true", help="fail if a file is not up to date")
    args = parser.parse_args(argv)
    try:
        files = render(args.version, args.spec)
    except TableError as error:
        print(f"generate_methods: {error}", file=sys.stderr)
        return 1
    if args.check:
        stale = [
            path
            for path, content in files.items()
            if not path.exists() or path.read_text() != content
        ]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run `make generate`", file=sys.stderr)
        return 1 if stale else 0
    for path, content in files.items():
        path.write_text(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
