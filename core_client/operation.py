"""One API operation: from a method's arguments to a request, and from a response to a value.

Every generated method of `core_client/_operations.py` is one call of `_operate` with its
`Operation`; the logic lives here once for both clients:

- request building: the generated endpoint module's `_get_kwargs` (body serialization, headers,
  parameter names); the URL and the query values are then encoded for Core, which decodes both
  twice (see `core_client/paths.py`), so every value arrives exactly as the caller gave it;
- request validation: a body given as a dict (or model) is checked against its spec shape before
  anything is sent; a mismatch raises `ValidationError` naming the field path;
- response parsing: the body is checked against its shape, then becomes the generated model(s);
  a mismatch raises `ResponseValidationError` (field path + raw body), never a bare KeyError.
  Enum values are not checked in responses: a newer Core may add one, and the generated models
  keep unknown values (requests are checked strictly: an unknown command is a caller's error).
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast
from urllib.parse import quote

import httpx

from . import paths
from .exceptions import APIError, ResponseValidationError, ValidationError
from .schema import Array, Checker, Map, Mismatch, Nullable, Ref, Scalar, Shape

if TYPE_CHECKING:
    from .config import TimeoutValue

T = TypeVar("T")

GENERATED_PACKAGE = "datarhei_core_api"

# How a parameter goes into the request: one path segment, a file path (keeps its `/`), a query.
Location = Literal["path", "file_path", "query"]
# What a success response becomes.
ResultKind = Literal["json", "text", "binary", "headers", "none"]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str  # the method's parameter name, used in error paths
    spec_name: str  # the name in the route or the query string
    location: Location
    keyword: str  # the generated `_get_kwargs` argument
    shape: Scalar


@dataclass(frozen=True, slots=True)
class Body:
    name: str  # the method's parameter name
    shape: Shape | None  # None: raw bytes
    # The one property that a bare string fills (`command="start"` -> {"command": "start"}).
    shorthand: str | None = None


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """The wiring of one operation, generated from openapi/methods.toml and the spec."""

    name: str
    method: str
    path: str  # the route as the spec writes it: "/api/v3/process/{id}"
    module: str | None  # the generated endpoint module, relative to datarhei_core_api.api
    parameters: tuple[Parameter, ...] = ()
    body: Body | None = None
    result: ResultKind = "json"
    shape: Shape | None = None  # of a "json" result
    auth: bool = True
    # The route takes HTTP Basic credentials instead of the token (vod: /metrics, IAM users).
    basic_auth: bool = False

    def prepare(self, arguments: Mapping[str, object]) -> Request:
        """The request for these arguments; raises `ValidationError` before anything is sent."""
        url = self.path
        keywords: dict[str, Any] = {}
        for parameter in self.parameters:
            value = arguments.get(parameter.name)
            if parameter.location == "query" and (value is None or value == ""):
                continue  # empty-string (and None) defaults mean "not sent"
            _check_argument(value, parameter.shape, parameter.name)
            keywords[parameter.keyword] = value
            if parameter.location != "query":
                url = url.replace(f"{{{parameter.spec_name}}}", _path_value(parameter, value))
        built: dict[str, Any] = {}
        if self.body is not None:
            data = _body_data(self.body, arguments.get(self.body.name))
            if self.module is not None:
                keywords["body"] = _generated_body(self.body, data)
            else:  # a call no spec has (experimental cluster node calls): the JSON as is
                built = {"json": data} if self.body.shape is not None else {"content": data}
        if self.module is not None:
            built = _get_kwargs(self.module)(**keywords)
            if self.body is not None and self.body.shape is None:
                built["content"] = data  # the bytes themselves (a file object is not replayable)
        if self.body is not None and "json" in built and built["json"] is None:
            # httpx sends no body for json=None; Core reads JSON `null` (delete metadata).
            built["content"] = b"null"
        credentials = arguments.get("basic_auth") if self.basic_auth else None
        if credentials is not None:
            built["headers"] = {**built.get("headers", {}), "Authorization": _basic(credentials)}
        return Request(
            method=self.method,
            url=url,
            # Core decodes query values twice, so they are encoded once here and once by httpx.
            params={
                key: quote(str(value), safe="") for key, value in built.get("params", {}).items()
            },
            json=built.get("json"),
            content=built.get("content"),
            headers=built.get("headers"),
            auth=self.auth,
        )

    def parse(self, response: httpx.Response) -> T:
        """The value of a success response; raises `ResponseValidationError` if it does not fit."""
        return cast(T, _RESULT_READERS[self.result](self, response))


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    url: str
    params: dict[str, str]
    json: Any
    content: bytes | None
    headers: dict[str, str] | None
    auth: bool

    def options(self, retries: int | None, timeout: TimeoutValue | None) -> dict[str, Any]:
        """The keyword arguments of the pipeline's `_request` / `_stream`."""
        return {
            "params": self.params or None,
            "json": self.json,
            "content": self.content,
            "headers": self.headers,
            "auth": self.auth,
            "retries": retries,
            "timeout": timeout,
        }


# Core's router answers a route it does not have with these details; a handler's 404 for a
# missing item names the item ("unknown process", "file not found: ...").
_NO_ROUTE_DETAILS: tuple[list[str], ...] = ([], ["Not Found"], ["Method Not Allowed"])


def route_missing(error: APIError) -> bool:
    """Whether a 404/405 means the server has no such route (an older Core), not no such item."""
    return error.status in (404, 405) and error.details in _NO_ROUTE_DETAILS


class SyncOperationCaller:
    """Sends an operation through the sync pipeline (`Client._request`)."""

    if TYPE_CHECKING:
        _request: Callable[..., httpx.Response]

    def _operate(
        self,
        operation: Operation[T],
        arguments: Mapping[str, object],
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> T:
        request = operation.prepare(arguments)
        with _missing_route_explained(operation):
            response = self._request(
                request.method, request.url, **request.options(retries, timeout)
            )
        return operation.parse(response)


class AsyncOperationCaller:
    """Sends an operation through the async pipeline (`AsyncClient._request`)."""

    if TYPE_CHECKING:
        _request: Callable[..., Any]

    async def _operate(
        self,
        operation: Operation[T],
        arguments: Mapping[str, object],
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> T:
        request = operation.prepare(arguments)
        with _missing_route_explained(operation):
            response = await self._request(
                request.method, request.url, **request.options(retries, timeout)
            )
        return operation.parse(response)


@contextmanager
def missing_route_explained(method: str, path: str, name: str) -> Iterator[None]:
    """A 404/405 for a route the server lacks says so (and names the method `name` of the
    client) in its message."""
    try:
        yield
    except APIError as error:
        if route_missing(error):
            error.args = (
                f"{error.args[0]} (the server has no route {method} {path}: "
                f"it may be an older Core without `{name}`)",
            )
        raise


def _missing_route_explained(operation: Operation[Any]) -> AbstractContextManager[None]:
    return missing_route_explained(operation.method, operation.path, operation.name)


# --- request side -------------------------------------------------------------------------


def _check_argument(value: object, shape: Shape, name: str) -> None:
    try:
        _checker(strict_enums=True).check(value, shape, name)
    except Mismatch as mismatch:
        raise ValidationError(mismatch.path, mismatch.message) from None


def _basic(credentials: object) -> str:
    """An HTTP Basic Authorization value; the message of a bad pair never shows its values."""
    if not (
        isinstance(credentials, tuple)
        and len(credentials) == 2
        and all(isinstance(part, str) for part in credentials)
    ):
        raise ValidationError("basic_auth", "expected a (username, password) pair of strings")
    username, password = credentials
    if ":" in username:
        raise ValidationError("basic_auth", "a username with ':' cannot be sent as HTTP Basic")
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def _path_value(parameter: Parameter, value: object) -> str:
    encode = paths.file_path if parameter.location == "file_path" else paths.segment
    try:
        return encode(str(value))
    except ValueError as error:
        raise ValidationError(parameter.name, str(error)) from None


def _body_data(body: Body, value: object) -> Any:
    """The caller's body (model, dict, list, bare string, bytes) as checked JSON (or bytes)."""
    if body.shape is None:
        if not isinstance(value, bytes | bytearray | memoryview):
            raise ValidationError(body.name, f"expected bytes, got {type(value).__name__}")
        return bytes(value)
    if body.shorthand is not None and isinstance(value, str):
        value = {body.shorthand: value}
    try:
        data = _plain(value)
    except (AttributeError, TypeError, ValueError) as error:
        # A model built with a wrong value type (a str where an enum belongs) fails in to_dict.
        raise ValidationError(body.name, f"cannot become JSON: {error}") from None
    _check_argument(data, body.shape, body.name)
    return data


def _generated_body(body: Body, data: Any) -> Any:
    """Checked body data as the generated `_get_kwargs` takes it (models, or a File)."""
    if body.shape is None:
        return _generated_file(data)
    try:
        return _to_models(data, body.shape)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError(body.name, f"{type(error).__name__}: {error}") from None


def _plain(value: object) -> object:
    """Models (anywhere in a list) as their JSON dicts; everything else as given."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _generated_file(content: bytes) -> Any:
    types = importlib.import_module(f"{GENERATED_PACKAGE}.types")
    return types.File(payload=BytesIO(content))


# --- response side ------------------------------------------------------------------------


def _read_json(operation: Operation[Any], response: httpx.Response) -> Any:
    shape = operation.shape
    assert shape is not None  # a "json" result always has its shape (generated)
    try:
        value = response.json()
    except ValueError:
        if isinstance(shape, Scalar) and shape.kind in ("string", "any"):
            return response.text  # Core answers some string results as plain text
        raise ResponseValidationError("response", "body is not JSON", response=response) from None
    try:
        _checker(strict_enums=False).check(value, shape, "response")
    except Mismatch as mismatch:
        raise ResponseValidationError(mismatch.path, mismatch.message, response=response) from None
    try:
        return _to_models(value, shape)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        message = f"{type(error).__name__}: {error}"
        raise ResponseValidationError("response", message, response=response) from None


def _read_text(operation: Operation[Any], response: httpx.Response) -> str:
    # A cluster node's file delete (DELETE /api/v3/cluster/node/{id}/fs/...) answers JSON null
    # where one server answers the text "Deleted: /path": no message, not the text "null".
    json_body = response.headers.get("content-type", "").startswith("application/json")
    if json_body and response.content.strip() == b"null":
        return ""
    return response.text


_RESULT_READERS: dict[ResultKind, Callable[[Operation[Any], httpx.Response], Any]] = {
    "json": _read_json,
    "text": _read_text,
    "binary": lambda operation, response: response.content,
    "headers": lambda operation, response: response.headers,
    "none": lambda operation, response: None,
}


def _to_models(value: Any, shape: Shape) -> Any:
    """A checked JSON value with every named object schema in it turned into its model."""
    if value is None:
        return None
    if isinstance(shape, Nullable):
        return _to_models(value, shape.inner)
    if isinstance(shape, Array):
        return [_to_models(item, shape.items) for item in value]
    if isinstance(shape, Map):
        return {key: _to_models(item, shape.values) for key, item in value.items()}
    if isinstance(shape, Ref):
        model = _model_class(shape.name)
        return value if model is None else model.from_dict(value)
    return value


# --- generated parts, loaded on first use (importing core_client stays cheap) ---------------


@cache
def _checker(strict_enums: bool) -> Checker:
    from ._schemas import SCHEMAS

    return Checker(SCHEMAS, strict_enums)


@cache
def _model_class(schema: str) -> Any:
    """The generated model of a named schema; None for a schema that is no object."""
    from ._schemas import MODEL_CLASSES

    class_name = MODEL_CLASSES.get(schema)
    if class_name is None:
        return None
    return getattr(_generated("models"), class_name)


@cache
def _get_kwargs(module: str) -> Callable[..., dict[str, Any]]:
    return cast(Callable[..., dict[str, Any]], _generated(f"api.{module}")._get_kwargs)


def _generated(module: str) -> ModuleType:
    return importlib.import_module(f"{GENERATED_PACKAGE}.{module}")
