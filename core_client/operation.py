"""One API operation: from a method's arguments to a request, and from a response to a value.

Every generated method of `core_client/_operations.py` is one call of `_operate` with its
`Operation`; the logic lives here once for both clients:

- request building: the generated endpoint module's `_get_kwargs` (parameter names, headers,
  the body); the URL and the query values are then encoded for Core, which decodes both
  twice (see `core_client/paths.py`), so every value arrives exactly as the caller gave it;
- request validation: a body (a dict, a model, a list of them) becomes its JSON data, which is
  checked strictly against the endpoint module's `_BODY` type before anything is sent; that data
  is the body sent. A mismatch raises `ValidationError` naming the field path;
- response parsing: the body is decoded into the endpoint module's `_RESULT` type, the generated
  models, and checked while it is (one pass: msgspec in C; the generated `types.decode` names
  the field where that fails); a mismatch raises `ResponseValidationError` (field path + raw
  body), never a bare KeyError. Enum values are not checked in responses: a newer Core may add
  one, and the models keep unknown values (requests are checked strictly: an unknown command is
  a caller's error).
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar, Unpack, cast
from urllib.parse import quote

import httpx

from . import paths
from .exceptions import APIError, CoreError, ResponseValidationError, ValidationError

if TYPE_CHECKING:
    from .config import ClientConfig, TimeoutValue
    from .pipeline import RequestOptions

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

GENERATED_PACKAGE = "datarhei_core_api"

# How a parameter goes into the request: one path segment, a file path (keeps its `/`), a query.
Location = Literal["path", "file_path", "query"]
# The JSON type of a parameter's value.
ParameterKind = Literal["string", "integer", "boolean"]
# What a success response becomes.
ResultKind = Literal["json", "text", "binary", "headers", "none"]


# NamedTuples, as pipeline.py's records: cheaper to define at import than dataclasses.
class Parameter(NamedTuple):
    name: str  # the method's parameter name, used in error paths
    spec_name: str  # the name in the route or the query string
    location: Location
    keyword: str  # the generated `_get_kwargs` argument
    kind: ParameterKind = "string"


class Body(NamedTuple):
    name: str  # the method's parameter name
    json: bool = True  # False: raw bytes
    # The one property that a bare string fills (`command="start"` -> {"command": "start"}).
    shorthand: str | None = None


class Operation(NamedTuple, Generic[T]):
    """The wiring of one operation, generated from openapi/methods.toml and the spec."""

    name: str
    method: str
    path: str  # the route as the spec writes it: "/api/v3/process/{id}"
    module: str | None  # the generated endpoint module, relative to datarhei_core_api.api
    parameters: tuple[Parameter, ...] = ()
    body: Body | None = None
    result: ResultKind = "json"
    auth: bool = True
    # The route takes HTTP Basic credentials instead of the token (vod: /metrics, IAM users).
    basic_auth: bool = False
    # Ask for an uncompressed body: vod compresses its /metrics twice when gzip is accepted.
    uncompressed: bool = False
    # (old, spec) names of response keys an older Core spells otherwise, at any depth.
    renamed_keys: tuple[tuple[str, str], ...] = ()
    # The check of a JSON body, for a call no spec has (module None); raises `Invalid`.
    check_body: Callable[[Any], None] | None = None

    def prepare(self, arguments: Mapping[str, object]) -> Request:
        """The request for these arguments; raises `ValidationError` before anything is sent."""
        url = self.path
        keywords: dict[str, Any] = {}
        for parameter in self.parameters:
            value = arguments.get(parameter.name)
            if parameter.location == "query" and (value is None or value == ""):
                continue  # empty-string (and None) defaults mean "not sent"
            _check_parameter(value, parameter)
            keywords[parameter.keyword] = value
            if parameter.location != "query":
                url = url.replace(f"{{{parameter.spec_name}}}", _path_value(parameter, value))
        if self.body is not None:
            keywords["body"] = _body_data(self.body, arguments.get(self.body.name), self)
        built: dict[str, Any]
        if self.module is not None:
            built = _endpoint(self.module)._get_kwargs(**keywords)
        elif self.body is not None:  # a call no spec has (experimental cluster node calls)
            built = {"json" if self.body.json else "content": keywords["body"]}
        else:
            built = {}
        if self.body is not None and "json" in built and built["json"] is None:
            # httpx sends no body for json=None; Core reads JSON `null` (delete metadata).
            built["content"] = b"null"
        credentials = arguments.get("basic_auth") if self.basic_auth else None
        if credentials is not None:
            built["headers"] = {**built.get("headers", {}), "Authorization": _basic(credentials)}
        if self.uncompressed:
            built["headers"] = {**built.get("headers", {}), "Accept-Encoding": "identity"}
        return Request(
            method=self.method,
            url=url,
            # Core decodes query values twice, so they are encoded once here and once by httpx.
            params={
                key: quote(_query_text(value), safe="")
                for key, value in built.get("params", {}).items()
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
class RawResponse(Generic[T_co]):
    """What `client.with_raw_response.<method>(...)` returns: the `httpx.Response` of that one
    call, and `parse()` for the value the method itself would have returned."""

    response: httpx.Response
    _read: Callable[[httpx.Response], T_co]

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    def parse(self) -> T_co:
        """The method's value; raises `ResponseValidationError` if the body does not fit."""
        return self._read(self.response)


class Request(NamedTuple):
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
        # The request pipeline (pipeline.py), which the streaming routes use too.
        _config: ClientConfig
        _at_call_site: Callable[..., CoreError]

        def _request(
            self, method: str, url: str, **options: Unpack[RequestOptions]
        ) -> httpx.Response: ...

        def _stream(
            self, method: str, url: str, **options: Unpack[RequestOptions]
        ) -> AbstractContextManager[httpx.Response]: ...

    def _operate(
        self,
        operation: Operation[T],
        arguments: Mapping[str, object],
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> T:
        # Errors are raised here and in `_operate_raw`, so that a traceback shows the public
        # method and this one only (the pipeline's frames stay in the cause chain).
        request: Request | None = None
        try:
            request = operation.prepare(arguments)
            return (self._send(operation, request, retries, timeout)).parse()
        except CoreError as error:
            raise self._at_call_site(error, *_intended(operation, request))  # noqa: B904

    def _operate_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, object],
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> RawResponse[T]:
        request: Request | None = None
        try:
            request = operation.prepare(arguments)
            return self._send(operation, request, retries, timeout)
        except CoreError as error:
            raise self._at_call_site(error, *_intended(operation, request))  # noqa: B904

    def _send(
        self,
        operation: Operation[T],
        request: Request,
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> RawResponse[T]:
        with _missing_route_explained(operation):
            response = self._request(
                request.method, request.url, **request.options(retries, timeout)
            )
        return RawResponse(response, operation.parse)


class AsyncOperationCaller:
    """Sends an operation through the async pipeline (`AsyncClient._request`)."""

    if TYPE_CHECKING:
        _config: ClientConfig
        _at_call_site: Callable[..., CoreError]

        async def _request(
            self, method: str, url: str, **options: Unpack[RequestOptions]
        ) -> httpx.Response: ...

        def _stream(
            self, method: str, url: str, **options: Unpack[RequestOptions]
        ) -> AbstractAsyncContextManager[httpx.Response]: ...

    async def _operate(
        self,
        operation: Operation[T],
        arguments: Mapping[str, object],
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> T:
        # Errors are raised here and in `_operate_raw`, so that a traceback shows the public
        # method and this one only (the pipeline's frames stay in the cause chain).
        request: Request | None = None
        try:
            request = operation.prepare(arguments)
            return (await self._send(operation, request, retries, timeout)).parse()
        except CoreError as error:
            raise self._at_call_site(error, *_intended(operation, request))  # noqa: B904

    async def _operate_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, object],
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> RawResponse[T]:
        request: Request | None = None
        try:
            request = operation.prepare(arguments)
            return await self._send(operation, request, retries, timeout)
        except CoreError as error:
            raise self._at_call_site(error, *_intended(operation, request))  # noqa: B904

    async def _send(
        self,
        operation: Operation[T],
        request: Request,
        retries: int | None,
        timeout: TimeoutValue | None,
    ) -> RawResponse[T]:
        with _missing_route_explained(operation):
            response = await self._request(
                request.method, request.url, **request.options(retries, timeout)
            )
        return RawResponse(response, operation.parse)


def _intended(
    operation: Operation[Any], request: Request | None
) -> tuple[str, str, Mapping[str, str] | None]:
    """Method, URL and query of the request a failed call sent or would have sent: the route
    as the spec writes it where the arguments did not make a request."""
    if request is None:
        return operation.method, operation.path, None
    return request.method, request.url, request.params or None


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


# The Python type of each kind of parameter, for the models' check (a bool is no integer).
_PARAMETER_TYPES: dict[ParameterKind, type] = {"string": str, "integer": int, "boolean": bool}


def _check_parameter(value: object, parameter: Parameter) -> None:
    with invalid_as(ValidationError, parameter.name):
        _generated("types").check(value, _PARAMETER_TYPES[parameter.kind])


def _query_text(value: object) -> str:
    """A query value as JSON writes it (`true`, not Python's `True`), as the spec's checkers and
    Core's `strconv.ParseBool` read it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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


def _body_data(body: Body, value: object, operation: Operation[Any]) -> Any:
    """The caller's body (model, dict, list, bare string, bytes) as the checked JSON data (or
    bytes) that is sent."""
    if not body.json:
        if not isinstance(value, bytes | bytearray | memoryview):
            raise ValidationError(body.name, f"expected bytes, got {type(value).__name__}")
        return bytes(value)
    if body.shorthand is not None and isinstance(value, str):
        value = {body.shorthand: value}
    # A model holding a wrong value type (a str where a model belongs) keeps it in its JSON
    # data, where the check names it.
    data = _plain(value)
    with invalid_as(ValidationError, body.name):
        if operation.module is None:
            if operation.check_body is not None:
                operation.check_body(data)
        else:
            kind = getattr(_endpoint(operation.module), "_BODY", None)
            if kind is not None:  # an endpoint without a JSON schema for its body has none
                _generated("types").check(data, kind)
    return data


def _plain(value: object) -> object:
    """Models (anywhere in a list) as their JSON dicts; everything else as given."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


@contextmanager
def invalid_as(make: Callable[[str, str], Exception], head: str) -> Iterator[None]:
    """A generated model's `Invalid` raised as `make(path, message)`, the path headed by `head`
    (the argument's name, or "response")."""
    try:
        yield
    except _generated("types").Invalid as error:
        raise make(error.within(head, None).path, error.message) from None


# --- response side ------------------------------------------------------------------------


def _read_json(operation: Operation[Any], response: httpx.Response) -> Any:
    """The JSON answer as the endpoint's `_RESULT` (a call no spec has: as it is)."""
    import msgspec

    types = _generated("types")
    kind = Any if operation.module is None else _endpoint(operation.module)._RESULT

    def invalid(path: str, message: str) -> ResponseValidationError:
        return ResponseValidationError(path, message, response=response)

    with invalid_as(invalid, "response"):
        try:
            if not operation.renamed_keys:
                return types.decode(response.content, kind)
            value = renamed_keys(
                msgspec.json.decode(response.content), dict(operation.renamed_keys)
            )
            return types.convert(value, kind)
        except msgspec.DecodeError:
            pass
        try:  # Core answers some string results as plain text: those results take the text
            return types.convert(response.text, kind)
        except types.Invalid:
            raise ResponseValidationError(
                "response", "body is not JSON", response=response
            ) from None


def renamed_keys(value: Any, names: Mapping[str, str]) -> Any:
    """A JSON value with the keys in `names` renamed in every object of it (a key already there
    under its new name is kept)."""
    if isinstance(value, list):
        return [renamed_keys(item, names) for item in value]
    if isinstance(value, dict):
        renamed = {key: renamed_keys(item, names) for key, item in value.items()}
        for old, new in names.items():
            if old in renamed and new not in renamed:
                renamed[new] = renamed.pop(old)
        return renamed
    return value


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


# --- generated parts, loaded on first use (importing core_client stays cheap) ---------------


def _endpoint(module: str) -> ModuleType:
    """The generated endpoint module (`_get_kwargs`, the types `_RESULT` and `_BODY`)."""
    return _generated(f"api.{module}")


@cache
def _generated(module: str) -> ModuleType:
    return importlib.import_module(f"{GENERATED_PACKAGE}.{module}")
