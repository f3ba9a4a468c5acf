"""A typed Python client for datarhei Core."""

from .auth import TokenPair
from .client import AsyncClient, Client
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
from .retry import Backoff

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "Client",
    "ConflictError",
    "CoreError",
    "ForbiddenError",
    "NotFoundError",
    "ResponseValidationError",
    "ServerError",
    "TokenPair",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "ValidationError",
]
