"""The immutable settings of a client."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .exceptions import ValidationError
from .retry import Backoff

# Core answers a failed login only after a 5 s delay; login and refresh must outwait it.
LOGIN_READ_TIMEOUT = 15.0

TimeoutValue = float | httpx.Timeout
Verify = bool | str | ssl.SSLContext


def as_timeout(value: TimeoutValue) -> httpx.Timeout:
    """A float (0 included) or an httpx.Timeout as an httpx.Timeout."""
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def tls_verification(verify: Verify) -> bool | ssl.SSLContext:
    """A CA bundle path loaded into an SSLContext (httpx deprecates paths); others as given."""
    if not isinstance(verify, str):
        return verify
    try:
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError) as error:
        raise ValidationError("verify", f"cannot load the CA bundle: {error}") from error


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
    verify: bool | ssl.SSLContext
    headers: Mapping[str, str]
    proxy: str | httpx.Proxy | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
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
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "verify": self.verify,
            "headers": dict(self.headers),
            "proxy": self.proxy,
        }
