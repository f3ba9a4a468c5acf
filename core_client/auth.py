"""Token state: when to renew, how (refresh or login), and single-flight bookkeeping.

No I/O here: the request plan in pipeline.py asks this state what to do and reports back, and the
sync and async clients only differ in the lock they hold around a renewal.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from .exceptions import AuthenticationError, CoreError, ValidationError

# Renew once less than this is left, or a tenth of the token's lifetime where that is longer.
RENEW_MARGIN = 30.0
RENEW_FRACTION = 0.1

LOGIN_PATH = "/api/login"
REFRESH_PATH = "/api/login/refresh"


@dataclass(frozen=True, repr=False)
class TokenPair:
    """The tokens Core issued: a short-lived access token and the refresh token renewing it."""

    access_token: str
    refresh_token: str | None

    def __repr__(self) -> str:
        refresh = "None" if self.refresh_token is None else "<redacted>"
        return f"TokenPair(access_token=<redacted>, refresh_token={refresh})"


# Lease and Snapshot are NamedTuples (cheaper to define at import than dataclasses); their reprs
# still hide the tokens.
class Lease(NamedTuple):
    """A token and the local-clock time from which it should be renewed.

    The lifetime is read from the token (`exp - iat`) and counted from when we received it,
    so a local clock that disagrees with the server's does not matter. A token whose lifetime
    cannot be read (not a JWT) is never renewed ahead; a 401 still renews it.
    """

    token: str
    renew_at: float

    @classmethod
    def received(cls, token: str, now: float) -> Lease:
        lifetime = _lifetime(token)
        if lifetime is None:
            return cls(token, math.inf)
        return cls(token, now + lifetime - max(RENEW_MARGIN, lifetime * RENEW_FRACTION))

    def __repr__(self) -> str:
        return f"Lease(token=<redacted>, renew_at={self.renew_at})"


def _lifetime(token: str) -> float | None:
    # Imported on the first token read: pyjwt and its crypto imports cost ~50 ms, which a
    # program that only imports core_client (or calls anonymous routes) should not pay.
    import jwt

    try:
        claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    expires, issued = claims.get("exp"), claims.get("iat")
    if isinstance(expires, int | float) and isinstance(issued, int | float):
        return float(expires - issued)
    # Core also states the lifetime itself ("exi", seconds).
    lifetime = claims.get("exi")
    return float(lifetime) if isinstance(lifetime, int | float) else None


class Snapshot(NamedTuple):
    """The token state at one moment, replaced as a whole so readers never see half of it.

    `generation` counts renewal outcomes. A caller notes it before it decides to renew; when
    it finally holds the renewal lock and the generation moved on, another caller renewed (or
    failed to) in the meantime, so it takes that outcome instead of renewing again.
    """

    generation: int
    access: Lease | None
    refresh: Lease | None
    failure: CoreError | None = None

    @property
    def access_token(self) -> str | None:
        return None if self.access is None else self.access.token

    def __repr__(self) -> str:
        return f"Snapshot(generation={self.generation}, authenticated={self.access is not None})"


class TokenState:
    """The current tokens of one client, and the credentials that renew them."""

    def __init__(
        self,
        *,
        username: str | None,
        password: str | None,
        access_token: str | None,
        refresh_token: str | None,
        clock: Callable[[], float],
    ) -> None:
        if (username is None) != (password is None):
            missing = "password" if password is None else "username"
            raise ValidationError(missing, "username and password go together")
        self.username = username
        self._password = password
        self._clock = clock
        now = clock()
        self._current = Snapshot(
            generation=0,
            access=None if access_token is None else Lease.received(access_token, now),
            refresh=None if refresh_token is None else Lease.received(refresh_token, now),
        )

    def __repr__(self) -> str:
        return f"TokenState(username={self.username!r}, {self._current!r})"

    def current(self) -> Snapshot:
        return self._current

    @property
    def has_credentials(self) -> bool:
        return self._password is not None

    def can_renew(self, seen: Snapshot) -> bool:
        return self.has_credentials or seen.refresh is not None

    def needs_renewal(self, seen: Snapshot) -> bool:
        """True when an authorized call that saw `seen` should renew first."""
        if not self.can_renew(seen):
            return False
        return seen.access is None or self._clock() >= seen.access.renew_at

    def refresh_authorization(self) -> str | None:
        """The header for a refresh, or None to log in instead: no refresh token, or it is
        due itself and credentials can replace it."""
        refresh = self._current.refresh
        if refresh is None or (self.has_credentials and self._clock() >= refresh.renew_at):
            return None
        return f"Bearer {refresh.token}"

    def login_body(self) -> dict[str, str]:
        if self.username is None or self._password is None:
            raise AuthenticationError(
                "cannot log in: the client was created without username and password"
            )
        return {"username": self.username, "password": self._password}

    def accept(self, access_token: str, refresh_token: str | None) -> None:
        """Take renewed tokens; a refresh answers without a refresh token: keep ours."""
        now = self._clock()
        previous = self._current
        refresh = previous.refresh if refresh_token is None else Lease.received(refresh_token, now)
        self._current = Snapshot(
            previous.generation + 1, Lease.received(access_token, now), refresh
        )

    def reject(self, error: CoreError) -> None:
        """Record a failed renewal, which the callers waiting for it re-raise."""
        previous = self._current
        self._current = Snapshot(
            previous.generation + 1, previous.access, previous.refresh, failure=error
        )

    def tokens(self) -> TokenPair:
        current = self._current
        if current.access is None:
            raise AuthenticationError("the client holds no access token")
        refresh = None if current.refresh is None else current.refresh.token
        return TokenPair(current.access.token, refresh)
