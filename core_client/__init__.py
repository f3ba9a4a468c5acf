"""A typed Python client for datarhei Core."""

from .auth import TokenPair
from .client import AsyncClient, Client
from .events import EventStreamError, Reconnect
from .exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CoreError,
    ForbiddenError,
    NotFoundError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
    ValidationError,
)
from .files import BodyConsumedError, Keyframe, UploadResult
from .operation import RawResponse
from .retry import Backoff

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "BodyConsumedError",
    "Client",
    "ConflictError",
    "CoreError",
    "EventStreamError",
    "ForbiddenError",
    "Keyframe",
    "NotFoundError",
    "RawResponse",
    "Reconnect",
    "ResponseValidationError",
    "ServerError",
    "TokenPair",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UploadResult",
    "ValidationError",
]
