"""Render the API reference pages of the docs site (docs/reference/<area>.md).

    python -m scripts.generate_docs [--version vod] [--check]

From the same data as scripts/generate_methods.py: the wiring table (openapi/methods.toml), Core's
spec (statuses, summaries, which calls need a token), the overlaid spec (the models' fields) and
the clients themselves (each method's signature on `Client` and `AsyncClient`). One page per
area: every method with both signatures, its Core route, what it returns, the errors it can
raise and the seed's example where it has one; then every model first used by that area, with its
fields. `--check` writes nothing and fails if a page differs from a fresh rendering.
"""

from __future__ import annotations

import argparse
import enum
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, get_origin

import datarhei_core_api.models
import datarhei_core_api.types

from core_client import AsyncClient, Client
from scripts import wiring
from scripts.generate import write_patched_spec
from scripts.generate_methods import EXAMPLES, EXAMPLES_DIR, _example_code, _model_classes
from scripts.paths import ROOT, swagger_file
from scripts.spec import pull
from scripts.versions import DEFAULT_VERSION

PAGES_DIR = ROOT / "docs" / "reference"
REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class Area:
    slug: str
    title: str
    prefixes: tuple[str, ...]  # route prefixes; the first area that matches a route owns it


AREAS = (
    Area("process", "Processes", ("/api/v3/process", "/api/v3/report", "/api/v3/widget")),
    Area("filesystem", "Filesystem", ("/api/v3/fs",)),
    Area("cluster", "Cluster", ("/api/v3/cluster",)),
    Area("iam", "IAM and login", ("/api/v3/iam", "/api/login")),
    Area("events", "Events", ("/api/v3/events",)),
    Area(
        "metrics",
        "Metrics, sessions, skills",
        ("/api/v3/metrics", "/metrics", "/api/v3/session", "/api/v3/skills"),
    ),
    Area("config", "Config", ("/api/v3/config",)),
    Area("misc", "Everything else", ("/",)),
)

ERRORS_BY_STATUS = {
    "400": "BadRequestError",
    "401": "UnauthorizedError",
    "403": "ForbiddenError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
}
# Methods the wiring table does not list: other ways to read a route it lists.
SAME_ROUTE = {
    "v3_fs_get_file": ("v3_fs_download_file", "v3_fs_get_file_stream"),
    "v3_cluster_node_fs_get_file": (
        "v3_cluster_node_fs_download_file",
        "v3_cluster_node_fs_get_file_stream",
    ),
}
# Where a model's page is known, its name in a signature links to it.
_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")


@dataclass
class Page:
    area: Area
    entries: list[dict[str, Any]] = field(default_factory=list)
    models: list[str] = field(default_factory=list)  # model class names


class Reference:
    """Everything a page is rendered from, loaded once."""

    def __init__(self, version: str) -> None:
        swagger_path = swagger_file(version)
        if not swagger_path.exists():
            swagger_path = pull(version)
        self.table: dict[str, Any] = wiring.load(version)
        swagger = json.loads(swagger_path.read_text())
        self.swagger_ops = {
            (operation.get("operationId"), method.upper()): operation
            for item in swagger["paths"].values()
            for method, operation in item.items()
            if isinstance(operation, dict)
        }
        # Patched afresh: a .spec/ file left from an older overlay would describe other models.
        self.spec: dict[str, Any] = json.loads(write_patched_spec(version).read_text())
        self.schemas: dict[str, Any] = self.spec["components"]["schemas"]
        self.classes = _model_classes(self.spec)  # schema name -> class name
        self.schema_of_class = {name: schema for schema, name in self.classes.items()}
        self.spec_ops = {
            (operation.get("operationId"), method.upper()): operation
            for item in self.spec["paths"].values()
            for method, operation in item.items()
            if isinstance(operation, dict)
        }
        self.examples = _examples()
        self.model_page: dict[str, str] = {}  # class name -> page slug


def _examples() -> dict[str, tuple[str, str]]:
    """Method name -> (title, code) of the first seed example that calls it."""
    found: dict[str, tuple[str, str]] = {}
    for name, title in EXAMPLES.items():
        if name == "quickstart.py":  # ours, not the seed's
            continue
        code = _example_code(name)
        for method in re.findall(r"client\.(\w+)\(", (EXAMPLES_DIR / name).read_text()):
            found.setdefault(method, (title, code))
    return found


def area_of(path: str) -> Area:
    return next(area for area in AREAS if path.startswith(area.prefixes))


def _refs(node: Any, prefix: str = REF_PREFIX) -> Iterator[str]:
    """The schema names node refers to (`$ref`s starting with prefix), at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix):
            yield ref.removeprefix(prefix)
        for value in node.values():
            yield from _refs(value, prefix)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value, prefix)


def _closure(reference: Reference, roots: list[str]) -> list[str]:
    """The schemas named by roots and every schema they refer to, in first-seen order."""
    seen: list[str] = []
    pending = list(roots)
    while pending:
        name = pending.pop(0)
        if name in seen or name not in reference.schemas:
            continue
        seen.append(name)
        pending.extend(_refs(reference.schemas[name]))
    return seen


def _operation_schemas(reference: Reference, entry: dict[str, Any]) -> list[str]:
    key = (entry["operation_id"], entry["method"])
    head = (entry["operation_id"] + "-head", entry["method"])
    operation = reference.spec_ops.get(key) or reference.spec_ops.get(head)
    if operation is None:  # streaming and hand-written calls: Core's own (Swagger 2.0) spec
        operation = reference.swagger_ops.get(key, {})
    # Core's spec names a model `api.X`; the overlaid one (the models') `X`.
    names = [name.rpartition(".")[2] for name in _refs(operation, "#/definitions/")]
    return [*_refs(operation), *names]


def pages(reference: Reference) -> list[Page]:
    by_slug = {area.slug: Page(area) for area in AREAS}
    for entry in reference.table["operation"]:
        if entry.get("public", True):
            page = by_slug[area_of(entry["path"]).slug]
            page.entries.append(entry)
            extra = SAME_ROUTE.get(entry["name"], ())
            page.entries += [entry | {"name": name, "aliases": []} for name in extra]
    claimed: set[str] = set()
    # The cluster's calls reuse the models of every other area: it claims after them.
    for page in sorted(by_slug.values(), key=lambda page: page.area.slug == "cluster"):
        roots = [name for entry in page.entries for name in _operation_schemas(reference, entry)]
        pending = [
            reference.classes[name]
            for name in _closure(reference, roots)
            if name in reference.classes
        ]
        while pending:  # the models in their fields too (inline objects have no schema)
            name = pending.pop(0)
            if name not in claimed:
                claimed.add(name)
                page.models.append(name)
                pending += _field_models(name)
    misc = by_slug["misc"]
    misc.models += [name for name in datarhei_core_api.models.__all__ if name not in claimed]
    for page in by_slug.values():
        page.models.sort()
        for name in page.models:
            reference.model_page[name] = page.area.slug
    return list(by_slug.values())


def _model(class_name: str) -> Any:
    """A model class, an enum, or the `dict[str, X]` of a map schema."""
    return getattr(datarhei_core_api.models, class_name)


class Field(NamedTuple):
    name: str  # the attribute
    json_name: str
    annotation: str  # as the generated code writes it


def _fields(model: Any) -> list[Field]:
    if not (isinstance(model, type) and issubclass(model, datarhei_core_api.types.Model)):
        return []
    names = zip(model.__struct_fields__, model.__struct_encode_fields__, strict=True)
    # The annotations as written (the models' modules defer them), without `builtins.`.
    written = model.__annotations__
    return [Field(name, key, written[name].replace("builtins.", "")) for name, key in names]


def _field_models(class_name: str) -> list[str]:
    known = set(datarhei_core_api.models.__all__)
    model = _model(class_name)
    written = [field.annotation for field in _fields(model)] or [_map_annotation(model)]
    names = _NAME.findall(" ".join(written))
    return [name for name in names if name in known]


def _map_annotation(model: Any) -> str:
    """`dict[str, X]` for a map schema's alias, with model names as the spec names them."""
    if get_origin(model) is not dict:
        return ""
    return re.sub(r"\b[\w.]+\.(\w+)\b", r"\1", repr(model)).replace("typing.", "")


def _linked(reference: Reference, annotation: str, here: str) -> str:
    """Markdown for an annotation: model names link to their section."""

    def link(match: re.Match[str]) -> str:
        name = match.group(0)
        page = reference.model_page.get(name)
        if page is None:
            return name
        target = f"#{name}" if page == here else f"{page}.md#{name}"
        return f"[{name}]({target})"

    # Method annotations name models through the lazy module (`models.Process`).
    annotation = annotation.replace("models.", "")
    return _NAME.sub(link, annotation.replace("|", "\\|"))


def _results(function: Any, asynchronous: Any) -> tuple[str, str, bool]:
    """What a method gives on Client, on AsyncClient, and whether the latter is awaited."""
    awaited = inspect.iscoroutinefunction(asynchronous)
    return _returns(function), _returns(asynchronous), awaited


def _signature(function: Callable[..., Any], name: str, returns: str, awaited: bool) -> str:
    signature = inspect.signature(function)
    parts, keyword_only = [], False
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        text = parameter.name
        if parameter.kind is parameter.VAR_KEYWORD:
            text = f"**{text}"
        if parameter.annotation is not parameter.empty:
            text += f": {parameter.annotation}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    prefix = "async def" if awaited else "def"
    arguments = "".join(f"\n    {part}," for part in parts)
    arguments = f"{arguments}\n" if len(parts) > 2 else ", ".join(parts)
    return f"{prefix} {name}({arguments}) -> {returns}"


def _returns(function: Callable[..., Any]) -> str:
    returns = inspect.signature(function).return_annotation
    return "None" if returns is inspect.Signature.empty else str(returns)


def _summary(reference: Reference, entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    operation = reference.swagger_ops.get((entry["operation_id"], entry["method"]), {})
    text = operation.get("description") or operation.get("summary") or ""
    return " ".join(text.split()), operation


def _errors(reference: Reference, entry: dict[str, Any], operation: dict[str, Any]) -> str:
    function = getattr(Client, entry["name"])
    if entry["kind"] == "pipeline":
        return (
            "`AuthenticationError` (Core refused the login), "
            "`APIConnectionError` / `APITimeoutError` (no answer)"
        )
    statuses = sorted(status for status in operation.get("responses", {}) if status[0] in "45")
    errors = []
    for status in statuses:
        error = "ServerError" if status.startswith("5") else ERRORS_BY_STATUS.get(status)
        errors.append(f"`{error or 'APIError'}` ({status})")
    parameters = list(inspect.signature(function).parameters)[1:]
    if any(name not in ("retries", "timeout") for name in parameters):
        errors.append("`ValidationError` (a bad argument, before anything is sent)")
    if operation.get("security"):
        errors.append("`AuthenticationError` (login or token renewal refused)")
    if entry["kind"] == "generated" and _returns(function) not in ("None", "str", "bytes"):
        errors.append("`ResponseValidationError` (an answer that does not fit its model)")
    errors.append("`APIConnectionError` / `APITimeoutError` (no answer), `APIError` (any other)")
    return ", ".join(errors)


def _method_section(reference: Reference, entry: dict[str, Any], here: str) -> str:
    name = entry["name"]
    summary, operation = _summary(reference, entry)
    aliases = ", ".join(f"`{alias}`" for alias in entry.get("aliases", []))
    kind = {"streaming": " (streaming)", "hand-written": " (experimental)"}.get(entry["kind"], "")
    lines = [f"### {name}{kind} {{ #{name} }}", ""]
    if summary:
        lines += [summary, ""]
    if entry["kind"] == "streaming":  # how the streaming layer reads or sends it
        doc = str(inspect.getdoc(getattr(Client, name))).split("\n\n")[0]
        lines += [" ".join(doc.split()), ""]
    lines += [f"- Route: `{entry['method']} {entry['path']}`"]
    if aliases:
        lines += [f"- Aliases: {aliases}"]
    sync, asynchronous = getattr(Client, name), getattr(AsyncClient, name)
    sync_result, async_result, awaited = _results(sync, asynchronous)
    returns = _linked(reference, sync_result, here)
    if async_result != sync_result:
        returns += f"; on AsyncClient {_linked(reference, async_result, here)}"
    lines += [
        f"- Returns: {returns}",
        f"- Raises: {_errors(reference, entry, operation)}",
        "",
        "```python",
        "# Client",
        _signature(sync, name, sync_result, awaited=False),
        "# AsyncClient",
        _signature(asynchronous, name, async_result, awaited),
        "```",
        "",
    ]
    for alias in [name, *entry.get("aliases", [])]:
        if alias in reference.examples:
            title, code = reference.examples[alias]
            lines += [f"Example ({title}):", "", "```python", code, "```", ""]
            break
    return "\n".join(lines)


def _model_section(reference: Reference, class_name: str, here: str) -> str:
    model = _model(class_name)
    schema_name = reference.schema_of_class.get(class_name)
    schema = reference.schemas.get(schema_name, {}) if schema_name else {}
    lines = [f"### {class_name} {{ #{class_name} }}", ""]
    description = " ".join(str(schema.get("description", "")).split())
    origin = f"Spec schema `{schema_name}`." if schema_name else "An object inside another model."
    lines += [origin + (f" {description}" if description else ""), ""]
    if isinstance(model, type) and issubclass(model, enum.Enum):
        values = ", ".join(f"`{member.value!r}`" for member in model)
        return "\n".join([*lines, f"Values: {values}", ""])
    mapping = _map_annotation(model)
    if mapping:
        shown = _linked(reference, mapping, here).replace("\\|", "|")
        return "\n".join([*lines, f"A JSON object whose keys are free: {shown}.", ""])
    properties: dict[str, Any] = schema.get("properties", {})
    fields = _fields(model)
    if not fields:
        return "\n".join([*lines, "No fixed fields (a JSON object).", ""])
    lines += ["| field | JSON | type | description |", "|---|---|---|---|"]
    for entry in fields:
        about = " ".join(str(properties.get(entry.json_name, {}).get("description", "")).split())
        annotation = _linked(reference, entry.annotation, here)
        lines.append(
            f"| `{entry.name}` | `{entry.json_name}` | {annotation} | {about.replace('|', '/')} |"
        )
    return "\n".join([*lines, ""])


def render_page(reference: Reference, page: Page) -> str:
    slug = page.area.slug
    header = [
        "<!-- Generated by scripts/generate_docs.py from openapi/methods.toml and the spec:"
        " do not edit. -->",
        "",
        f"# {page.area.title}",
        "",
        "Every method is on `Client` (returns the value) and on `AsyncClient` (awaitable, or an"
        " async context manager for streams). Every method also takes `retries=` and `timeout=`"
        ' for that call; empty-string and `None` defaults mean "not sent".',
        "",
        "## Methods",
        "",
    ]
    methods = [_method_section(reference, entry, slug) for entry in page.entries]
    models = [_model_section(reference, name, slug) for name in page.models]
    body = [*header, *methods, "## Models", "", *models]
    return "\n".join(body).rstrip("\n") + "\n"


def render(version: str) -> dict[Path, str]:
    reference = Reference(version)
    built = pages(reference)
    return {PAGES_DIR / f"{page.area.slug}.md": render_page(reference, page) for page in built}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", default=DEFAULT_VERSION, help="pinned Core version")
    parser.add_argument("--check", action="store_true", help="fail if a page is not up to date")
    args = parser.parse_args(argv)
    files = render(args.version)
    if args.check:
        stale = [
            path for path, text in files.items() if not path.exists() or path.read_text() != text
        ]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run `make docs`", file=sys.stderr)
        return 1 if stale else 0
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
