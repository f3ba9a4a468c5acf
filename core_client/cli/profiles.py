"""Named connections to Cores, kept in one file only its owner can read (mode 0600).

A profile holds the URL, the username, the password and the tokens Core issued, so that the
next command goes on with the cached tokens instead of logging in again; the library renews
them, and the command line writes the renewed ones back.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from core_client.auth import TokenPair

from .errors import CliError

FILE_ENV = "CORECTL_CONFIG"
# A cached token this close to its expiry is not worth sending: log in or refresh instead.
_EXPIRY_MARGIN = 60.0


@dataclass(frozen=True, repr=False)
class Profile:
    url: str
    username: str | None = None
    password: str | None = None
    access_token: str | None = None
    refresh_token: str | None = None

    def __repr__(self) -> str:
        return f"Profile(url={self.url!r}, username={self.username!r})"

    def with_tokens(self, tokens: TokenPair) -> Profile:
        return replace(self, access_token=tokens.access_token, refresh_token=tokens.refresh_token)

    def usable_tokens(self, now: float | None = None) -> tuple[str | None, str | None]:
        """The cached access and refresh tokens that have not expired yet."""
        moment = time.time() if now is None else now
        return _unexpired(self.access_token, moment), _unexpired(self.refresh_token, moment)


def _unexpired(token: str | None, now: float) -> str | None:
    if token is None:
        return None
    import jwt  # only a run that has cached tokens pays for it

    try:
        claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    expires = claims.get("exp")
    if isinstance(expires, int | float) and expires - _EXPIRY_MARGIN <= now:
        return None
    return token


def store_path() -> Path:
    """Where the profiles live: $CORECTL_CONFIG, or profiles.json in the user's config dir."""
    explicit = os.environ.get(FILE_ENV)
    if explicit:
        return Path(explicit)
    import platformdirs  # only commands that use profiles pay for it

    return Path(platformdirs.user_config_dir("corectl")) / "profiles.json"


@dataclass
class Store:
    """The profile file's content: the profiles by name and the one in use."""

    path: Path
    profiles: dict[str, Profile]
    current: str | None

    @classmethod
    def load(cls, path: Path | None = None) -> Store:
        where = store_path() if path is None else path
        try:
            data = json.loads(where.read_text())
        except FileNotFoundError:
            return cls(where, {}, None)
        except (OSError, ValueError) as error:
            raise CliError(f"cannot read the profiles in {where}: {error}") from error
        try:
            profiles = {name: Profile(**fields) for name, fields in data["profiles"].items()}
        except (KeyError, TypeError, AttributeError) as error:
            raise CliError(f"{where} is not a corectl profile file") from error
        return cls(where, profiles, data.get("current"))

    def get(self, name: str) -> Profile:
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none yet: corectl profile add NAME"
            raise CliError(f"no profile {name!r} (profiles: {known})") from None

    def save(self) -> None:
        """Write the file anew with mode 0600 (and its folder 0700), replacing it at once."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = {
            "current": self.current,
            "profiles": {name: asdict(profile) for name, profile in self.profiles.items()},
        }
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        # Created 0600 from the start: the password is never readable by others, not even briefly.
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(handle, "w") as file:
                json.dump(data, file, indent=2)
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
