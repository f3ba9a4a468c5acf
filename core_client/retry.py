"""Pure retry decisions: what may be sent again, and how long to wait first.

Our own short code rather than tenacity/stamina: the retry loop is one step of the request
plan in pipeline.py, interleaved with token renewal and with closing unread streamed responses,
and one plan drives both the sync and the async client. A retry library would wrap the whole
call (twice, once per flavour) and hide exactly the decisions the tests pin down.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})

# The request never left the client: safe to send again whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server: only an idempotent method may be sent again.
_MAYBE_SENT = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: attempt n waits up to `initial * 2**(n-1)`, capped.

    The jitter keeps the upper half of each step, so clients that failed together spread out
    without any of them retrying at once. `Retry-After` from the server wins, capped at
    `retry_after_max` so a misconfigured proxy cannot park the client for hours.
    """

    initial: float = 0.5
    maximum: float = 8.0
    retry_after_max: float = 30.0

    def delay(
        self,
        retry_number: int,
        retry_after: float | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> float:
        if retry_after is not None:
            return min(retry_after, self.retry_after_max)
        step: float = min(self.maximum, self.initial * 2.0 ** (retry_number - 1))
        return step / 2 + step / 2 * jitter()


def error_is_retryable(method: str, error: httpx.TransportError) -> bool:
    if isinstance(error, _NOT_SENT):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(error, _MAYBE_SENT)


def status_is_retryable(method: str, status: int) -> bool:
    return method in IDEMPOTENT_METHODS and status in RETRY_STATUSES


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """`Retry-After` as seconds: either delta-seconds or an HTTP date; None when absent/invalid."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
