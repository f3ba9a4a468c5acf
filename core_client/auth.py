"""Token state: when to renew, how (refresh or login), and single-flight bookkeeping.

No I/O here: the request plan in core.py asks this state what to do and reports back, and the
sync and async clients only differ in the lock they hold around a renewal.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jwt

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


@dataclass(frozen=True, repr=False)
class Lease:
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


class TokenState:
    """The current tokens of one client.

    `generation` counts renewal outcomes. A caller notes it before it decides to renew; when
    it finally holds the renewal lock and the generation moved on, another caller renewed (or
    failed to) in the meantime, so it uses that outcome instead of renewing again.
    """

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
        self._access = None if access_token is None else Lease.received(access_token, now)
        self._refresh = None if refresh_token is None else Lease.received(refresh_token, now)
        self.generation = 0
        self.failure: CoreError | None = None

    def __repr__(self) -> str:
        return f"TokenState(username={self.username!r}, authenticated={self._access is not None})"

    @property
    def access_token(self) -> str | None:
        return None if self._access is None else self._access.token

    @property
    def has_credentials(self) -> bool:
        return self._password is not None

    @property
    def can_renew(self) -> bool:
        return self.has_credentials or self._refresh is not None

    def needs_renewal(self) -> bool:
        """True when the next authorized call should renew first."""
        if not self.can_renew:
            return False
        return self._access is None or self._clock() >= self._access.renew_at

    def refresh_token_usable(self) -> bool:
        """Refresh first unless the refresh token is due itself and a login can replace it."""
        if self._refresh is None:
            return False
        return not self.has_credentials or self._clock() < self._refresh.renew_at

    def refresh_authorization(self) -> str:
        if self._refresh is None:
            raise AuthenticationError("the client has no refresh token")
        return f"Bearer {self._refresh.token}"

    def login_body(self) -> dict[str, str]:
        if self.username is None or self._password is None:
            raise AuthenticationError(
                "cannot log in: the client was created without username and password"
            )
        return {"username": self.username, "password": self._password}

    def accept(self, access_token: str, refresh_token: str | None) -> TokenPair:
        """Take renewed tokens; a refresh answers without a refresh token: keep ours."""
        now = self._clock()
        self._access = Lease.received(access_token, now)
        if refresh_token is not None:
            self._refresh = Lease.received(refresh_token, now)
        self.generation += 1
        self.failure = None
        return self.tokens()

    def reject(self, error: CoreError) -> None:
        """Record a failed renewal, which the callers waiting for it re-raise."""
        self.generation += 1
        self.failure = error

    def tokens(self) -> TokenPair:
        if self._access is None:
            raise AuthenticationError("the client holds no access token")
        return TokenPair(self._access.token, None if self._refresh is None else self._refresh.token)
