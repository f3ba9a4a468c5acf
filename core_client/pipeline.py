"""The request pipeline: auth, retries, timeouts and error mapping, written once.

A call is a *plan*: a generator that yields effects (send this request, read or close that
response, sleep, renew the token) and receives their outcomes. All decisions live in the plan;
`SyncPipeline` and `AsyncPipeline` only perform the effects, one with blocking calls and a
`threading.Lock`, the other with `await` and an `asyncio.Lock`.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
import weakref
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import asynccontextmanager, contextmanager
from dataclasses import replace
from typing import (
    TYPE_CHECKING,
    Any,
    NamedTuple,
    Protocol,
    Self,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
    runtime_checkable,
)

import httpx

from .auth import LOGIN_PATH, REFRESH_PATH, TokenPair, TokenState
from .config import (
    Cert,
    ClientConfig,
    EventHooks,
    TimeoutValue,
    Verify,
    as_timeout,
    login_timeout,
    retry_count,
    tls_verification,
)
from .exceptions import (
    AuthenticationError,
    CoreError,
    ForbiddenError,
    ResponseValidationError,
    UnauthorizedError,
    ValidationError,
    api_error,
    at_call_site,
    hide_secrets,
    transport_error,
    transport_errors_mapped,
)
from .files import BodyConsumedError
from .log import logger, redacted_headers
from .retry import Backoff, error_is_retryable, retry_after_seconds, status_is_retryable

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

Content = str | bytes | Iterable[bytes] | AsyncIterable[bytes]


@runtime_checkable
class ReplayableContent(Protocol):
    """A streamed body that knows whether it can be sent again, each iteration starting over
    from its beginning (the upload bodies of files.py). Streamed content without this answer is
    sent once: a plain iterator cannot start over."""

    @property
    def replayable(self) -> bool: ...


class RequestOptions(TypedDict, total=False):
    """The keyword arguments of `_request` and `_stream` (see ARCHITECTURE.md)."""

    params: Mapping[str, Any] | None
    json: Any
    content: Content | None
    headers: Mapping[str, str] | None
    auth: bool
    retries: int | None
    timeout: TimeoutValue | None


# Plain records are NamedTuples: defining a dataclass costs ~0.4 ms of `import core_client`,
# a NamedTuple a third of that, and nothing here needs more than fields.
class Call(NamedTuple):
    """One logical request, however many attempts it takes."""

    method: str
    url: str
    params: Mapping[str, Any] | None
    json: Any
    content: Content | None
    headers: Mapping[str, str] | None
    authorize: bool
    retries: int
    timeout: httpx.Timeout
    stream: bool

    def can_resend(self) -> bool:
        """Whether the body can be sent again: none, bytes or text, or content that can start
        over (`ReplayableContent`)."""
        content = self.content
        if content is None or isinstance(content, str | bytes):
            return True
        return isinstance(content, ReplayableContent) and content.replayable

    def may_retry(self, retries_used: int) -> bool:
        return retries_used < self.retries and self.can_resend()


class Send(NamedTuple):
    request: httpx.Request


class Read(NamedTuple):
    response: httpx.Response


class Close(NamedTuple):
    response: httpx.Response


class Sleep(NamedTuple):
    seconds: float


class Renew(NamedTuple):
    """Renew the token under the renewal lock, unless it changed since `seen_generation`."""

    seen_generation: int


class Login(NamedTuple):
    """Log in with the credentials under the renewal lock, whatever the state (`login()`)."""


Effect = Send | Read | Close | Sleep | Renew | Login
Plan = Generator[Effect, Any, T]


# The latest response of each client, per thread: one thread's calls never show in another's, all
# tasks of an event loop share their thread's, and a client's entry goes with the client.
_latest = threading.local()


def _latest_responses() -> weakref.WeakKeyDictionary[Pipeline, httpx.Response]:
    responses: weakref.WeakKeyDictionary[Pipeline, httpx.Response] | None
    responses = getattr(_latest, "responses", None)
    if responses is None:
        responses = _latest.responses = weakref.WeakKeyDictionary()
    return responses


class Pipeline:
    """Settings, token state and the plans shared by both clients."""

    def __init__(
        self,
        base_url: str,
        username: str | None = None,
        password: str | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        retries: int = 3,
        timeout: TimeoutValue = 10.0,
        *,
        headers: Mapping[str, str] | None = None,
        verify: Verify = True,
        cert: Cert | None = None,
        proxy: str | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        event_hooks: EventHooks | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        backoff: Backoff | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """A client of the Core at `base_url`.

        With `username`/`password` the first call logs in by itself and tokens are renewed
        ahead of expiry; `access_token`/`refresh_token` start from tokens obtained elsewhere.
        `retries` and `timeout` are defaults that each call may override; `headers` go with
        every request. The connection pool is made with httpx's `verify` (a bool, a CA bundle
        path or an `ssl.SSLContext`), `cert` (a client certificate), `proxy`, `limits`,
        `event_hooks` and `transport`; or hand over a ready `http_client` (an `httpx.Client`
        for Client, an `httpx.AsyncClient` for AsyncClient), which the client then uses for
        every request and never closes. `backoff` tunes the waits between retries; `clock`
        (seconds, monotonic) is the time source for token expiry.
        """
        if http_client is not None:
            given = {
                "verify": verify is not True,
                "cert": cert is not None,
                "proxy": proxy is not None,
                "limits": limits is not None,
                "event_hooks": event_hooks is not None,
                "transport": transport is not None,
            }
            for name, is_given in given.items():
                if is_given:
                    raise ValidationError(
                        name, "configure the handed-over http_client instead, not both"
                    )
        self._config = ClientConfig(
            base_url=base_url,
            retries=retries,
            timeout=as_timeout(timeout),
            headers=dict(headers or {}),
            verify=tls_verification(verify, cert),
            proxy=proxy,
            limits=limits,
            event_hooks=event_hooks,
            transport=transport,
            http_client=http_client,
            backoff=backoff or Backoff(),
            clock=clock or time.monotonic,
        )
        self._tokens = TokenState(
            username=username,
            password=password,
            access_token=access_token,
            refresh_token=refresh_token,
            clock=self._config.clock,
        )
        self._open()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, "
            f"username={self._tokens.username!r}, "
            f"authenticated={self._tokens.current().access is not None})"
        )

    @property
    def base_url(self) -> httpx.URL:
        """The Core this client talks to (as `httpx.Client.base_url`: with a trailing slash);
        every call's path goes below it."""
        return self._config.base

    @property
    def tokens(self) -> TokenPair | None:
        """The tokens the client holds now (renewed ones included), or None before it has
        any: to keep them for the next run and start from them (`access_token=`,
        `refresh_token=`). Their repr never shows them."""
        try:
            return self._tokens.tokens()
        except AuthenticationError:
            return None

    @property
    def last_response(self) -> httpx.Response | None:
        """The raw response of the latest call this client completed in the current thread
        (errors included); on AsyncClient the tasks of one event loop share it. For the
        response of one call among concurrent ones, use `with_raw_response`."""
        return _latest_responses().get(self)

    def with_options(
        self,
        *,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with other defaults: `retries`, `timeout`, and `headers` added to its own.

        It shares the connection pool and the tokens with this client (closing either closes
        the pool); `None` keeps this client's setting.
        """
        config = self._config
        derived = copy.copy(self)
        derived._config = replace(
            config,
            retries=config.retries if retries is None else retry_count(retries),
            timeout=config.timeout if timeout is None else as_timeout(timeout),
            headers={**config.headers, **(headers or {})},
        )
        return derived

    def _open(self) -> None:
        """Set up the connection pool (sync) or what makes it on first use (async)."""
        raise NotImplementedError

    def _build_request(self, call: Call, authorization: str | None) -> httpx.Request:
        raise NotImplementedError

    def _at_call_site(
        self, error: CoreError, method: str, url: str, params: Mapping[str, str] | None = None
    ) -> CoreError:
        """`error` as a public method raises it (`exceptions.at_call_site`); a bad argument
        gets the request that would have been sent (`method`, `url` below base_url, `params`),
        built without sending it."""

        def intended() -> httpx.Request:
            full = self._config.base_url.rstrip("/") + url
            return httpx.Request(method.upper(), full, params=params)

        return at_call_site(error, intended)

    def _call(self, method: str, url: str, stream: bool, **options: Unpack[RequestOptions]) -> Call:
        retries = options.get("retries")
        timeout = options.get("timeout")
        return Call(
            method=method.upper(),
            url=url,
            params=options.get("params"),
            json=options.get("json"),
            content=options.get("content"),
            headers=options.get("headers"),
            authorize=options.get("auth", True),
            retries=self._config.retries if retries is None else retry_count(retries),
            timeout=self._config.timeout if timeout is None else as_timeout(timeout),
            stream=stream,
        )

    def _token_call(
        self, method: str, url: str, *, json: Any = None, headers: Mapping[str, str] | None = None
    ) -> Call:
        """A login or refresh request: no bearer of its own, outwaits Core's failure delay."""
        timeout = login_timeout(self._config.timeout)
        return self._call(
            method, url, False, json=json, headers=headers, auth=False, timeout=timeout
        )

    def _exchange(self, call: Call) -> Plan[httpx.Response]:
        """Send `call` until it has a final response; raise the error tree for failures."""
        attempt = 0
        retries_used = 0
        renewed_after_401 = False
        while True:
            attempt += 1
            seen = self._tokens.current()
            if call.authorize and self._tokens.needs_renewal(seen):
                yield Renew(seen.generation)
                seen = self._tokens.current()
            token = seen.access_token if call.authorize else None
            request = self._build_request(call, None if token is None else f"Bearer {token}")
            started = time.perf_counter()
            try:
                response: httpx.Response = yield Send(request)
                if not call.stream:
                    # Inside the try: a body cut off or stalled fails the attempt like no answer.
                    yield Read(response)
            except httpx.TransportError as error:
                self._log_attempt(request, type(error).__name__, started, attempt)
                if call.may_retry(retries_used) and error_is_retryable(call.method, error):
                    retries_used += 1
                    yield self._backoff(call, retries_used, None, type(error).__name__)
                    continue
                raise transport_error(error, attempt) from error
            self._log_attempt(request, str(response.status_code), started, attempt)
            status = response.status_code
            if (
                status == 401
                and token is not None
                and self._tokens.can_renew(seen)
                and not renewed_after_401
            ):
                # Renew once and repeat once; if another caller renewed meanwhile, just repeat.
                renewed_after_401 = True
                yield Close(response)
                logger.info("%s %s -> 401: renewing the token", call.method, call.url)
                yield Renew(seen.generation)
                if not call.can_resend():
                    _latest_responses()[self] = response
                    raise BodyConsumedError(
                        f"{call.method} {call.url}: Core refused the token after the one-shot "
                        "body was sent; the token is renewed, but the body cannot be sent again. "
                        "Make the call again with a fresh body, or pass bytes, a path or a "
                        "seekable file, which can be resent",
                        response=response,
                    )
                continue
            if call.may_retry(retries_used) and status_is_retryable(call.method, status):
                retries_used += 1
                yield Close(response)
                yield self._backoff(call, retries_used, retry_after_seconds(response), str(status))
                continue
            _latest_responses()[self] = response
            if response.is_success:
                return response
            if call.stream:
                # The body of a streamed error response is read to become the error's message.
                with transport_errors_mapped():
                    yield Read(response)
            raise api_error(response)

    def _backoff(
        self, call: Call, retry_number: int, retry_after: float | None, reason: str
    ) -> Sleep:
        seconds = self._config.backoff.delay(retry_number, retry_after)
        logger.info(
            "%s %s failed (%s): retry %d of %d in %.3f s",
            call.method,
            call.url,
            reason,
            retry_number,
            call.retries,
            seconds,
        )
        return Sleep(seconds)

    def _log_attempt(
        self, request: httpx.Request, result: str, started: float, attempt: int
    ) -> None:
        # Checked first: copying and redacting the headers is most of the cost of this line.
        if not logger.isEnabledFor(logging.DEBUG):
            return
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            request.url.path,
            result,
            (time.perf_counter() - started) * 1000,
            attempt,
            extra={"request_headers": redacted_headers(request.headers)},
        )

    def _renewal(self, effect: Renew | Login) -> Plan[None]:
        """Runs under the renewal lock: log in, or renew unless another caller did since the
        `Renew` was made."""
        tokens = self._tokens
        current = tokens.current()
        if isinstance(effect, Renew) and effect.seen_generation != current.generation:
            if current.failure is not None:
                raise current.failure
            return
        try:
            yield from self._login() if isinstance(effect, Login) else self._renew_tokens()
        except CoreError as error:
            tokens.reject(error)
            raise

    def _renew_tokens(self) -> Plan[None]:
        tokens = self._tokens
        authorization = tokens.refresh_authorization()
        if authorization is not None:
            refresh = self._token_call(
                "GET", REFRESH_PATH, headers={"Authorization": authorization}
            )
            try:
                response = yield from self._exchange(refresh)
            except (UnauthorizedError, ForbiddenError) as error:
                if not tokens.has_credentials:
                    hide_secrets(error)
                    raise AuthenticationError(
                        "Core refused the refresh token and the client has no username and "
                        "password to log in again",
                        response=error.response,
                    ) from error
                logger.info("Core refused the refresh token: logging in again")
            else:
                tokens.accept(_token_field(response, "access_token"), None)
                logger.info("renewed the access token with the refresh token")
                return
        yield from self._login()

    def _login(self) -> Plan[None]:
        tokens = self._tokens
        login = self._token_call("POST", LOGIN_PATH, json=tokens.login_body())
        try:
            response = yield from self._exchange(login)
        except (UnauthorizedError, ForbiddenError) as error:
            hide_secrets(error)
            raise AuthenticationError(
                f"Core refused the login of user {tokens.username!r}", response=error.response
            ) from error
        tokens.accept(
            _token_field(response, "access_token"), _token_field(response, "refresh_token")
        )
        logger.info("logged in as %r", tokens.username)

    def _login_now(self) -> Plan[TokenPair]:
        yield Login()
        return self._tokens.tokens()


def _token_field(response: httpx.Response, name: str) -> str:
    try:
        value = response.json().get(name)
    except (ValueError, AttributeError):
        value = None
    if not isinstance(value, str):
        raise ResponseValidationError(name, "missing from Core's token answer", response=response)
    return value


def _build(
    pool: httpx.Client | httpx.AsyncClient,
    config: ClientConfig,
    call: Call,
    authorization: str | None,
) -> httpx.Request:
    headers = {**config.headers, **(call.headers or {})}
    if authorization is not None:
        headers["Authorization"] = authorization
    return pool.build_request(
        call.method,
        config.url(call.url),
        params=call.params,
        json=call.json,
        content=call.content,
        headers=headers,
        timeout=call.timeout,
    )


class PoolOwner:
    """Shared by a client and its `with_options` copies: collected with the last of them."""


class SyncPipeline(Pipeline):
    """Performs plans with blocking I/O; safe to share between threads."""

    def _open(self) -> None:
        config = self._config
        if config.transport is not None and not isinstance(config.transport, httpx.BaseTransport):
            raise ValidationError("transport", "Client needs an httpx.BaseTransport")
        if config.http_client is not None and not isinstance(config.http_client, httpx.Client):
            raise ValidationError("http_client", "Client needs an httpx.Client")
        self._renewal_lock = threading.Lock()
        if config.http_client is not None:
            self._http = config.http_client
            return
        self._http = httpx.Client(transport=config.transport, **config.pool_options())
        # A client dropped unclosed (the original README's examples never close theirs) still
        # closes its connections once it and its `with_options` copies, which share this
        # object, are gone.
        self._pool_owner = PoolOwner()
        weakref.finalize(self._pool_owner, self._http.close)

    def _close_pool(self) -> None:
        if self._config.http_client is None:  # a handed-over client is its owner's to close
            self._http.close()

    def _request(self, method: str, url: str, **options: Unpack[RequestOptions]) -> httpx.Response:
        return self._run(self._exchange(self._call(method, url, False, **options)))

    @contextmanager
    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> Iterator[httpx.Response]:
        response = self._run(self._exchange(self._call(method, url, True, **options)))
        try:
            yield response
        finally:
            response.close()

    def _build_request(self, call: Call, authorization: str | None) -> httpx.Request:
        return _build(self._http, self._config, call, authorization)

    def _run(self, plan: Plan[T]) -> T:
        """Perform the plan's effects, handing it each result or the exception raised."""
        try:
            effect = next(plan)
            while True:
                try:
                    result = self._perform(effect)
                except Exception as error:
                    effect = plan.throw(error)
                else:
                    effect = plan.send(result)
        except StopIteration as done:
            return cast(T, done.value)
        except CoreError as error:
            # The frames of the plan tell a caller nothing.
            raise error.with_traceback(None)  # noqa: B904 (the cause chain is the error's own)

    def _perform(self, effect: Effect) -> Any:
        match effect:
            case Send(request):
                return self._http.send(request, stream=True)
            case Read(response):
                return response.read()
            case Close(response):
                response.close()
            case Sleep(seconds):
                time.sleep(seconds)
            case Renew() | Login():
                with self._renewal_lock:
                    self._run(self._renewal(effect))
        return None


class LoopBound(NamedTuple):
    """What an AsyncClient holds per event loop."""

    loop: asyncio.AbstractEventLoop
    pool: httpx.AsyncClient
    lock: asyncio.Lock
    closer: AsyncGenerator[None, None] | None  # None: a handed-over pool, not ours to close


class Loops:
    """The loop-bound state of an AsyncClient, shared with its `with_options` copies."""

    def __init__(self) -> None:
        self.bound: LoopBound | None = None
        self.closed = False


async def _close_with_loop(pool: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    """Stays suspended while the loop runs. `asyncio.run` closes pending async generators
    before it closes its loop, so this closes the pool's connections on their own loop."""
    try:
        yield
    finally:
        await pool.aclose()


class AsyncPipeline(Pipeline):
    """Performs plans with asyncio; safe to share between tasks of one event loop at a time.

    The httpx pool and the renewal lock belong to an event loop, so both are made on first use
    in a loop and made again when the client is used from a new one (successive
    `asyncio.run(...)` calls).
    """

    def _open(self) -> None:
        config = self._config
        transport = config.transport
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ValidationError("transport", "AsyncClient needs an httpx.AsyncBaseTransport")
        given = config.http_client
        if given is not None and not isinstance(given, httpx.AsyncClient):
            raise ValidationError("http_client", "AsyncClient needs an httpx.AsyncClient")
        self._transport = transport
        self._loops = Loops()

    async def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        return await self._run(self._exchange(self._call(method, url, False, **options)))

    @asynccontextmanager
    async def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[httpx.Response]:
        response = await self._run(self._exchange(self._call(method, url, True, **options)))
        try:
            yield response
        finally:
            await response.aclose()

    async def _bind(self) -> None:
        """Have a pool and a lock of the running loop; a previous loop's were closed with it."""
        loops = self._loops
        if loops.closed:
            raise RuntimeError("the client has been closed")
        import asyncio  # here, where a loop runs: sync users of the package never import it

        loop = asyncio.get_running_loop()
        if loops.bound is None or loops.bound.loop is not loop:
            config = self._config
            if isinstance(config.http_client, httpx.AsyncClient):
                loops.bound = LoopBound(loop, config.http_client, asyncio.Lock(), None)
                return
            pool = httpx.AsyncClient(transport=self._transport, **config.pool_options())
            closer = _close_with_loop(pool)
            loops.bound = LoopBound(loop, pool, asyncio.Lock(), closer)
            # Its first step registers it with the loop's async generator shutdown.
            await anext(closer)

    def _current(self) -> LoopBound:
        if self._loops.bound is None:
            raise RuntimeError("the client has been closed")
        return self._loops.bound

    async def _close_pool(self) -> None:
        import asyncio

        loops = self._loops
        loops.closed = True
        bound, loops.bound = loops.bound, None
        if (
            bound is not None
            and bound.closer is not None
            and bound.loop is asyncio.get_running_loop()
        ):
            await bound.closer.aclose()

    def _build_request(self, call: Call, authorization: str | None) -> httpx.Request:
        return _build(self._current().pool, self._config, call, authorization)

    async def _run(self, plan: Plan[T]) -> T:
        """Perform the plan's effects, handing it each result or the exception raised."""
        await self._bind()
        try:
            effect = next(plan)
            while True:
                try:
                    result = await self._perform(effect)
                except Exception as error:
                    effect = plan.throw(error)
                else:
                    effect = plan.send(result)
        except StopIteration as done:
            return cast(T, done.value)
        except CoreError as error:
            # The frames of the plan tell a caller nothing.
            raise error.with_traceback(None)  # noqa: B904 (the cause chain is the error's own)

    async def _perform(self, effect: Effect) -> Any:
        match effect:
            case Send(request):
                return await self._current().pool.send(request, stream=True)
            case Read(response):
                return await response.aread()
            case Close(response):
                await response.aclose()
            case Sleep(seconds):
                import asyncio

                await asyncio.sleep(seconds)
            case Renew() | Login():
                async with self._current().lock:
                    await self._run(self._renewal(effect))
        return None
