"""`Client` and `AsyncClient`: the public clients of a Core server.

The constructor, the request pipeline and the token handling come from pipeline.py; this module
adds what a user holds on to: context managers, closing, and an explicit `login()`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Generator
from typing import Any, Self

from ._operations import AsyncOperations, SyncOperations
from .auth import LOGIN_PATH, TokenPair
from .exceptions import CoreError
from .pipeline import AsyncPipeline, SyncPipeline
from .raw import AsyncRawRequests, SyncRawRequests


class Client(SyncPipeline, SyncOperations, SyncRawRequests):
    """A blocking client with one connection pool, safe to share between threads."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections (not those of a handed-over `http_client`)."""
        self._close_pool()

    def login(self) -> TokenPair:
        """Log in with the client's username and password now; calls do this by themselves."""
        try:
            return self._run(self._login_now())
        except CoreError as error:
            raise self._at_call_site(error, "POST", LOGIN_PATH)  # noqa: B904


class AsyncClient(AsyncPipeline, AsyncOperations, AsyncRawRequests):
    """An asyncio client with one connection pool per event loop, shared by its tasks."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections (not those of a handed-over `http_client`)."""
        await self._close_pool()

    def login(self) -> Awaitable[TokenPair]:
        """Log in with the client's username and password now; calls do this by themselves.

        `await client.login()`. The original README calls it without `await`, outside any
        event loop: that stays harmless (nothing is sent, no "never awaited" warning), because
        the login only starts when awaited.
        """
        return _Login(self)


class _Login(Awaitable[TokenPair]):
    # A plain awaitable rather than a coroutine: an un-awaited coroutine warns when collected.
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __await__(self) -> Generator[Any, None, TokenPair]:
        return self._login().__await__()

    async def _login(self) -> TokenPair:
        try:
            return await self._client._run(self._client._login_now())
        except CoreError as error:
            raise self._client._at_call_site(error, "POST", LOGIN_PATH)  # noqa: B904
