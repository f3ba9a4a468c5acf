"""The immutable settings of a client."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import httpx

from .exceptions import ValidationError
from .retry import Backoff

# Core answers a failed login only after a 5 s delay; login and refresh must outwait it.
LOGIN_READ_TIMEOUT = 15.0

TimeoutValue = float | httpx.Timeout
Verify = bool | str | ssl.SSLContext
# A client certificate: a file with the certificate and its key, (certificate, key) or
# (certificate, key, password).
Cert = str | tuple[str, str] | tuple[str, str, str]
EventHooks = Mapping[str, list[Callable[..., Any]]]
# The proxy settings httpx reads (trust_env) for an http:// request.
_HTTP_PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


def as_timeout(value: TimeoutValue) -> httpx.Timeout:
    """A float (0 included) or an httpx.Timeout as an httpx.Timeout."""
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def tls_verification(verify: Verify, cert: Cert | None = None) -> bool | ssl.SSLContext:
    """A CA bundle path or a client certificate loaded into an SSLContext (httpx deprecates
    both arguments in favour of a context); others as given."""
    if cert is None and not isinstance(verify, str):
        return verify
    if isinstance(verify, ssl.SSLContext):
        raise ValidationError("cert", "load the certificate into the verify= SSLContext instead")
    try:
        if isinstance(verify, str):
            context = ssl.create_default_context(cafile=verify)
        else:  # the context httpx itself makes for True (its trust store) or False
            context = httpx.create_ssl_context(verify=verify)
    except (OSError, ssl.SSLError) as error:
        raise ValidationError("verify", f"cannot load the CA bundle: {error}") from error
    if cert is not None:
        try:
            context.load_cert_chain(*((cert,) if isinstance(cert, str) else cert))
        except (OSError, ssl.SSLError) as error:
            raise ValidationError("cert", f"cannot load the client certificate: {error}") from error
    return context


def retry_count(retries: int) -> int:
    """`retries` (of a client or of one call) once checked: 0 means no retry."""
    if retries < 0:
        raise ValidationError("retries", "must be 0 or more")
    return retries


def with_read(timeout: httpx.Timeout, read: float | None) -> httpx.Timeout:
    """`timeout` with another read timeout; connect, write and pool stay as they are."""
    return httpx.Timeout(connect=timeout.connect, read=read, write=timeout.write, pool=timeout.pool)


def login_timeout(timeout: httpx.Timeout) -> httpx.Timeout:
    """The client's timeout with the read timeout raised above Core's failed-login delay."""
    read = None if timeout.read is None else max(timeout.read, LOGIN_READ_TIMEOUT)
    return with_read(timeout, read)


@dataclass(frozen=True)
class ClientConfig:
    """Made only by the client's constructor, whose signature holds the defaults."""

    base_url: str
    retries: int
    timeout: httpx.Timeout
    # Sent with every request (not set on the pool: a client from `with_options` shares it).
    headers: Mapping[str, str]
    # What makes the connection pool, unless the user hands one over (`http_client`).
    verify: bool | ssl.SSLContext
    proxy: str | httpx.Proxy | None
    limits: httpx.Limits | None
    event_hooks: EventHooks | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    http_client: httpx.Client | httpx.AsyncClient | None
    backoff: Backoff
    # Local clock for token expiry: monotonic, so that a wall-clock jump does not matter.
    clock: Callable[[], float]

    def __post_init__(self) -> None:
        retry_count(self.retries)
        # httpx would turn URL user info into HTTP Basic auth over our bearer token, and log it.
        if httpx.URL(self.base_url).userinfo:
            raise ValidationError(
                "base_url", "must not carry user info: pass username= and password= instead"
            )

    def pool_options(self) -> dict[str, Any]:
        """Keyword arguments shared by httpx.Client and httpx.AsyncClient (no transport)."""
        options: dict[str, Any] = {
            "timeout": self.timeout,
            "verify": self._pool_verify(),
            "proxy": self.proxy,
            "event_hooks": self.event_hooks,
        }
        if self.limits is not None:
            options["limits"] = self.limits
        return options

    def _pool_verify(self) -> bool | ssl.SSLContext:
        # Every request goes below base_url (`url()`) and no redirect is followed, so a client of
        # an http:// Core makes no TLS connection unless through an https proxy. httpx would
        # still load its CA bundle into a context: 20-50 ms of every such client (bench_cli).
        # A context that trusts no CA verifies as strictly and refuses whatever TLS it meets.
        if (
            self.verify is True
            and self.proxy is None
            and self.base.scheme == "http"
            and not any(os.environ.get(name) for name in _HTTP_PROXY_VARIABLES)
        ):
            return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return self.verify

    @cached_property
    def base(self) -> httpx.URL:
        """base_url as httpx keeps a client's: with a trailing slash, so paths join below it."""
        base = httpx.URL(self.base_url)
        if base.raw_path.endswith(b"/"):
            return base
        return base.copy_with(raw_path=base.raw_path + b"/")

    def url(self, path: str) -> httpx.URL:
        """The URL of a path below `base_url`, joined as httpx joins a client's base_url (so a
        handed-over `http_client` needs no base_url of its own)."""
        base = self.base
        return base.copy_with(raw_path=base.raw_path + httpx.URL(path).raw_path.lstrip(b"/"))
