"""Login, renewal ahead of expiry, refresh fallback, 401 handling and single-flight renewal."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import httpx
import jwt
import pytest

from core_client import (
    AsyncClient,
    AuthenticationError,
    BodyConsumedError,
    Client,
    ForbiddenError,
    TokenPair,
    UnauthorizedError,
)
from core_client.auth import Lease
from core_client.config import LOGIN_READ_TIMEOUT, login_timeout
from tests.pipeline.conftest import Target
from tests.pipeline.fake_core import ACCESS_LIFETIME, FakeClock, FakeCore, Fault
from tests.support.shared import exchange
from tests.support.targets import FAST

PROCESSES = "/api/v3/process"
# The access token is renewed once less than max(30 s, lifetime / 10) is left.
ACCESS_RENEW_AT = ACCESS_LIFETIME - max(30, ACCESS_LIFETIME // 10)
# The content of a one-shot body (an iterator, sent chunked).
SENT = b'{"sent": 1}'


def test_login_returns_a_token_pair_whose_repr_hides_the_tokens(target: Target) -> None:
    with Client(target.url, target.username, target.password) as client:
        pair = client.login()
    assert isinstance(pair, TokenPair)
    assert pair.access_token.count(".") == 2
    assert pair.refresh_token is not None
    assert pair.access_token not in repr(pair)
    assert pair.refresh_token not in repr(pair)


def test_tokens_are_none_before_a_login_and_follow_renewals(
    core: FakeCore, clock: FakeClock
) -> None:
    with Client(core.url, core.username, core.password, clock=clock) as client:
        assert client.tokens is None
        client._request("GET", PROCESSES)
        first = client.tokens
        assert first is not None
        clock.advance(ACCESS_RENEW_AT + 1)
        client._request("GET", PROCESSES)
        renewed = client.tokens
    assert renewed is not None
    assert renewed.access_token != first.access_token
    assert renewed.refresh_token == first.refresh_token
    # What a caller keeps is enough to start the next client without a login.
    with Client(core.url, access_token=renewed.access_token) as again:
        again._request("GET", PROCESSES)
    assert core.logins == 1


def test_first_call_logs_in_by_itself(target: Target) -> None:
    with Client(target.url, target.username, target.password) as client:
        response = client._request("GET", PROCESSES)
    assert response.status_code == 200
    if target.fake is not None:
        assert target.fake.logins == 1


async def test_first_async_call_logs_in_by_itself(target: Target) -> None:
    async with AsyncClient(target.url, target.username, target.password) as client:
        response = await client._request("GET", PROCESSES)
        assert response.status_code == 200
        assert client.last_response is response
    if target.fake is not None:
        assert target.fake.logins == 1


def test_wrong_password_is_an_authentication_error(target: Target) -> None:
    with (
        Client(target.url, target.username, "wrong-password") as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client._request("GET", PROCESSES)
    assert raised.value.response is not None
    assert raised.value.response.status_code in (401, 403)
    assert "wrong-password" not in str(raised.value)


@pytest.mark.parametrize(
    ("version", "fixture"),
    [
        ("vod", "003-login-wrong-password"),
        ("v16.16.0", "003-jwt-login-wrong-password"),
        ("v16.10.0", "003-jwt-login-wrong-password"),
    ],
)
def test_a_refused_login_keeps_cores_reason_and_no_password(version: str, fixture: str) -> None:
    # Recorded from real servers: vod answers 403, v16 401, Core's reason in `details`.
    recorded = exchange(version, fixture)["response"]
    body = recorded["body"]

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(recorded["status"], json=body)

    transport = httpx.MockTransport(refuse)
    with (
        Client("http://core.test", "admin", "wrong-password", transport=transport) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.v3_process_get_list()
    error = raised.value
    assert (error.status, error.code, error.details) == (
        recorded["status"],
        body["code"],
        body["details"],
    )
    assert "invalid username or password" in str(error)
    # Core's own message, or its details where the message only repeats the status.
    generic = body["message"] in ("Forbidden", "Unauthorized")
    assert error.message == (body["details"][0] if generic else body["message"])
    assert f"'admin': {recorded['status']} " in str(error)
    for text in [body["message"], *body["details"]]:
        assert text in str(error)
    assert error.request.url == "http://core.test/api/login"
    # The password travels in the login body: no request the error leads to shows it.
    assert error.response is not None
    assert isinstance(error.__cause__, ForbiddenError | UnauthorizedError)
    requests = [error.request, error.response.request, error.__cause__.request]
    assert client.last_response is not None
    requests.append(client.last_response.request)
    for request in requests:
        assert b"wrong-password" not in request.read()
        assert "wrong-password" not in repr(request) + str(request.headers)


def test_a_refused_refresh_shows_no_refresh_token() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401, json={"code": 401, "message": "Unauthorized", "details": ["invalid token"]}
        )

    with (
        Client(
            "http://core.test",
            access_token="at-secret",
            refresh_token="rt-secret",
            transport=httpx.MockTransport(refuse),
        ) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.v3_process_get_list()
    error = raised.value
    assert (error.status, error.message) == (401, "invalid token")
    assert error.request.url.path == "/api/login/refresh"
    assert error.response is not None
    assert isinstance(error.__cause__, UnauthorizedError)
    for request in (error.request, error.response.request, error.__cause__.request):
        assert "rt-secret" not in str(list(request.headers.items()))
    assert "rt-secret" not in str(error)


def test_refused_refresh_without_credentials_never_tries_a_login(target: Target) -> None:
    # An unusable injected access token draws a 401; the refresh that follows is refused.
    with (
        Client(target.url, access_token="not-a-jwt", refresh_token="not-a-jwt") as client,
        pytest.raises(AuthenticationError, match="no username and password"),
    ):
        client._request("GET", PROCESSES)
    if target.fake is not None:
        assert target.fake.refreshes == 1
        assert target.fake.logins == 0


def test_injected_access_token_alone_is_used_and_a_401_is_raised_as_is(core: FakeCore) -> None:
    with Client(core.url, access_token=core.mint("access", 60)) as client:
        assert client._request("GET", PROCESSES).status_code == 200
        core.restart()
        with pytest.raises(UnauthorizedError):
            client._request("GET", PROCESSES)
    assert core.logins == core.refreshes == 0


# The client's clock may be anywhere relative to the server's (here also two hours behind):
# the lifetime counts from when the token arrived, so only elapsed time matters.
@pytest.mark.parametrize("skew", [0.0, -7200.0])
def test_renewal_happens_ahead_of_expiry_with_the_refresh_token(
    core: FakeCore, clock: FakeClock, skew: float
) -> None:
    def client_clock() -> float:
        return clock() + skew

    with Client(core.url, core.username, core.password, clock=client_clock) as client:
        client._request("GET", PROCESSES)
        clock.advance(ACCESS_RENEW_AT - 1)
        client._request("GET", PROCESSES)
        assert core.refreshes == 0
        clock.advance(2)
        client._request("GET", PROCESSES)
    assert (core.logins, core.refreshes) == (1, 1)
    # No call was answered 401 and repeated: the renewal came first.
    assert core.counts[f"GET {PROCESSES}"] == 3


def test_renewal_margin_is_30_seconds_or_a_tenth_of_the_lifetime() -> None:
    def token(lifetime: int) -> str:
        claims = {"iat": 1_000, "exp": 1_000 + lifetime, "usefor": "access"}
        return jwt.encode(claims, "a-test-secret-of-32-bytes-length", algorithm="HS256")

    assert Lease.received(token(100), now=0.0).renew_at == 70.0
    assert Lease.received(token(3600), now=0.0).renew_at == 3240.0
    assert Lease.received("not-a-jwt", now=0.0).renew_at == float("inf")


def test_a_due_refresh_token_is_replaced_by_a_fresh_login(
    client: Client, core: FakeCore, clock: FakeClock
) -> None:
    client._request("GET", PROCESSES)
    clock.advance(86_400 * 0.95)
    client._request("GET", PROCESSES)
    assert (core.logins, core.refreshes) == (2, 0)


def test_a_refused_refresh_falls_back_to_login(
    client: Client, core: FakeCore, clock: FakeClock
) -> None:
    client._request("GET", PROCESSES)
    core.restart()
    clock.advance(ACCESS_RENEW_AT + 1)
    assert client._request("GET", PROCESSES).status_code == 200
    assert (core.logins, core.refreshes) == (2, 1)


def test_a_401_after_a_restart_renews_once_and_repeats_the_call(
    client: Client, core: FakeCore
) -> None:
    client._request("GET", PROCESSES)
    core.restart()
    assert client._request("GET", PROCESSES).status_code == 200
    assert core.counts[f"GET {PROCESSES}"] == 3
    assert core.logins == 2


def test_a_401_on_a_one_shot_body_renews_and_says_it_cannot_resend(
    client: Client, core: FakeCore
) -> None:
    client._request("GET", PROCESSES)
    core.restart()

    with pytest.raises(BodyConsumedError) as raised:
        client._request("PUT", PROCESSES, content=iter([SENT]))

    # Not sent again (an exhausted iterator would go out as an empty body), but renewed.
    assert core.counts[f"PUT {PROCESSES}"] == 1
    assert core.logins == 2
    assert f"PUT {PROCESSES}" in str(raised.value)
    assert raised.value.response is client.last_response
    assert client.last_response is not None and client.last_response.status_code == 401
    again = client._request("PUT", PROCESSES, content=iter([SENT]))
    assert again.json()["body"] == {"sent": 1}
    assert core.logins == 2


async def test_async_401_on_a_one_shot_body_renews_and_says_it_cannot_resend(
    async_client: AsyncClient, core: FakeCore
) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield SENT

    await async_client._request("GET", PROCESSES)
    core.restart()

    with pytest.raises(BodyConsumedError, match=f"PUT {PROCESSES}"):
        await async_client._request("PUT", PROCESSES, content=body())

    assert core.counts[f"PUT {PROCESSES}"] == 1
    assert core.logins == 2
    assert (await async_client._request("GET", PROCESSES)).status_code == 200
    assert core.logins == 2


def test_a_401_that_persists_is_raised_after_one_renewal(client: Client, core: FakeCore) -> None:
    client._request("GET", PROCESSES)
    unauthorized = Fault("status", 401, body='{"code":401,"message":"Unauthorized"}')
    core.inject(unauthorized, path=PROCESSES, times=10)
    with pytest.raises(UnauthorizedError):
        client._request("GET", PROCESSES)
    assert core.counts[f"GET {PROCESSES}"] == 1 + 2
    assert core.refreshes == 1


def test_login_timeout_outwaits_cores_failed_login_delay(core: FakeCore) -> None:
    assert login_timeout(httpx.Timeout(1.0)).read == LOGIN_READ_TIMEOUT
    assert login_timeout(httpx.Timeout(None)).read is None
    core.login_failure_delay = 0.3
    with (
        Client(core.url, core.username, "wrong", timeout=0.1) as client,
        pytest.raises(AuthenticationError),
    ):
        client._request("GET", PROCESSES)


def test_without_credentials_vods_403_for_a_missing_token_is_raised_as_is(
    core: FakeCore,
) -> None:
    core.missing_token_status = 403
    with Client(core.url) as anonymous, pytest.raises(ForbiddenError):
        anonymous._request("GET", PROCESSES)
    # With credentials the first call logs in, so it never goes out without a token.
    with Client(core.url, core.username, core.password) as client:
        assert client._request("GET", PROCESSES).status_code == 200
    assert [seen.path for seen in core.seen] == [PROCESSES, "/api/login", PROCESSES]


def _statuses_of_50_threads(client: Client) -> list[int]:
    """Let 50 threads call at once through `client`; the status each got."""
    start = threading.Barrier(50)
    statuses: list[int] = []

    def call() -> None:
        start.wait()
        statuses.append(client._request("GET", PROCESSES).status_code)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_50_threads_on_an_expired_token_cause_one_refresh(
    client: Client, core: FakeCore, clock: FakeClock
) -> None:
    client._request("GET", PROCESSES)
    clock.advance(ACCESS_RENEW_AT + 1)
    assert _statuses_of_50_threads(client) == [200] * 50
    assert (core.logins, core.refreshes) == (1, 1)


def test_50_threads_hit_by_a_restart_cause_one_renewal(client: Client, core: FakeCore) -> None:
    client._request("GET", PROCESSES)
    core.restart()
    assert _statuses_of_50_threads(client) == [200] * 50
    # The one renewal: the refresh is refused (new secret), so it logs in again.
    assert (core.logins, core.refreshes) == (2, 1)


async def test_200_tasks_on_an_expired_token_cause_one_refresh(
    async_client: AsyncClient, core: FakeCore, clock: FakeClock
) -> None:
    await async_client._request("GET", PROCESSES)
    clock.advance(ACCESS_RENEW_AT + 1)
    responses = await asyncio.gather(*(async_client._request("GET", PROCESSES) for _ in range(200)))
    assert [response.status_code for response in responses] == [200] * 200
    assert (core.logins, core.refreshes) == (1, 1)


async def test_200_tasks_without_a_token_cause_one_login(core: FakeCore) -> None:
    async with AsyncClient(core.url, core.username, core.password, backoff=FAST) as client:
        await asyncio.gather(*(client._request("GET", PROCESSES) for _ in range(200)))
    assert (core.logins, core.refreshes) == (1, 0)


async def test_a_failed_renewal_is_shared_by_the_tasks_waiting_for_it(
    core: FakeCore,
) -> None:
    async with AsyncClient(core.url, core.username, "wrong", backoff=FAST) as client:
        results = await asyncio.gather(
            *(client._request("GET", PROCESSES) for _ in range(20)), return_exceptions=True
        )
    assert all(isinstance(result, AuthenticationError) for result in results)
    assert core.logins == 1


async def test_200_tasks_hit_by_a_restart_cause_one_renewal(
    async_client: AsyncClient, core: FakeCore
) -> None:
    await async_client._request("GET", PROCESSES)
    core.restart()
    responses = await asyncio.gather(*(async_client._request("GET", PROCESSES) for _ in range(200)))
    assert [response.status_code for response in responses] == [200] * 200
    assert (core.logins, core.refreshes) == (2, 1)
