"""Exit codes, and the one line on stderr that each failure becomes."""

from __future__ import annotations

from core_client.exceptions import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    CoreError,
    ValidationError,
)

OK = 0
CORE_ERROR = 1  # Core answered with an error (or sent what the library could not read)
USAGE = 2  # bad arguments, files or settings: nothing was sent
NO_CONNECTION = 3  # no answer: refused, dropped, DNS, TLS, timeout
LOGIN_REFUSED = 4


class CliError(Exception):
    """A failure the command line itself detects, with the exit code it ends with."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def exit_code(error: Exception) -> int:
    """The exit code of a failure."""
    if isinstance(error, CliError):
        return error.code
    if isinstance(error, AuthenticationError):
        return LOGIN_REFUSED
    if isinstance(error, APIConnectionError):
        return NO_CONNECTION
    if isinstance(error, ValidationError):
        return USAGE
    return CORE_ERROR


def describe(error: Exception) -> str:
    """One line: Core's status, message and details for its errors, the message otherwise.
    The library's messages never carry a password or token; neither does this line."""
    if isinstance(error, APIError):
        # `message` is Core's most specific text: its details where its message was generic.
        details = "; ".join(error.details)
        line = f"Core answered {error.status}: {error.message}"
        line = f"{line} ({details})" if details and details != error.message else line
        return f"{line} [{error.method} {error.url}]"
    if isinstance(error, ValidationError):
        return f"invalid {error}"
    if isinstance(error, CoreError | CliError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def one_line(text: str) -> str:
    return " ".join(text.split())
