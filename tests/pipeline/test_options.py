"""Per-call raw responses (`with_raw_response`), derived clients (`with_options`), the transport
options of the constructor and a handed-over httpx client, and `last_response` without leaks."""

from __future__ import annotations

import asyncio
import gc
import ssl
import weakref
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from core_client import AsyncClient, Client, ServerError, ValidationError
from tests.pipeline.fake_core import FakeClock, FakeCore, unavailable
from tests.support.targets import FAST

CALLS = 50


def metadata_path(key: str) -> str:
    return f"/api/v3/metadata/{key}"


# -- with_raw_response ---------------------------------------------------------------------------


def test_raw_response_of_each_of_50_concurrent_calls_is_its_own(client: Client) -> None:
    def call(number: int) -> tuple[int, str, object]:
        raw = client.with_raw_response.v3_metadata_get(f"k{number}")
        return number, raw.response.url.path, raw.parse()

    with ThreadPoolExecutor(max_workers=CALLS) as pool:
        results = list(pool.map(call, range(CALLS)))

    for number, path, value in results:
        assert path == metadata_path(f"k{number}")
        assert value == {"method": "GET", "path": metadata_path(f"k{number}"), "body": None}


async def test_async_raw_response_of_each_of_50_gathered_calls_is_its_own(
    async_client: AsyncClient,
) -> None:
    raws = await asyncio.gather(
        *(async_client.with_raw_response.v3_metadata_get(f"k{n}") for n in range(CALLS))
    )

    for number, raw in enumerate(raws):
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "application/json"
        assert raw.response.request.url.path == metadata_path(f"k{number}")
        assert raw.parse() == {"method": "GET", "path": metadata_path(f"k{number}"), "body": None}


def test_raw_response_of_a_streaming_fetch_and_an_alias(client: Client, core: FakeCore) -> None:
    raw = client.with_raw_response.about_get()
    assert raw.response.url.path == "/api"
    assert raw.parse().to_dict()["app"] == "datarhei-core"
    # A buffered streaming route (a copy between storages) answers raw too.
    moved = client.with_raw_response.v3_fs_put("mem:/a", "disk:/b", "move")
    assert moved.response.request.method == "PUT"
    assert moved.response.url.path == "/api/v3/fs"


def test_raw_response_errors_raise_as_the_methods_do(client: Client, core: FakeCore) -> None:
    core.inject(unavailable(), path=metadata_path("k"), times=10)
    with pytest.raises(ServerError) as raised:
        client.with_raw_response.v3_metadata_get("k", retries=0)
    assert raised.value.response.status_code == 503


# -- with_options --------------------------------------------------------------------------------


def test_with_options_shares_pool_and_tokens_and_sets_headers(
    client: Client, core: FakeCore
) -> None:
    def call(number: int) -> None:
        derived = client.with_options(headers={"X-Call": str(number)}, timeout=7.0, retries=0)
        raw = derived.with_raw_response.v3_metadata_get(f"k{number}")
        assert raw.response.request.headers["X-Call"] == str(number)
        assert raw.response.request.extensions["timeout"]["read"] == 7.0
        assert derived._http is client._http

    with ThreadPoolExecutor(max_workers=CALLS) as pool:
        list(pool.map(call, range(CALLS)))

    assert core.logins == 1  # one token for the client and all 50 derived ones
    seen = {entry.path: entry.headers.get("x-call") for entry in core.seen}
    assert seen[metadata_path("k7")] == "7"
    # The client itself keeps its own settings.
    client.v3_metadata_get("plain")
    assert "x-call" not in core.seen[-1].headers


async def test_async_with_options_under_50_tasks(async_client: AsyncClient, core: FakeCore) -> None:
    async def call(number: int) -> str:
        derived = async_client.with_options(headers={"X-Call": str(number)})
        raw = await derived.with_raw_response.v3_metadata_get(f"k{number}")
        return raw.response.request.headers["X-Call"]

    assert await asyncio.gather(*(call(n) for n in range(CALLS))) == [str(n) for n in range(CALLS)]
    assert core.logins == 1
    derived = async_client.with_options(timeout=3.0)
    assert derived._current().pool is async_client._current().pool


def test_with_options_retries_apply_to_that_client_only(client: Client, core: FakeCore) -> None:
    core.inject(unavailable(), path=metadata_path("k"), times=2)
    with pytest.raises(ServerError):
        client.with_options(retries=0).v3_metadata_get("k")
    assert client.v3_metadata_get("k")["path"] == metadata_path("k")  # retried past the 503
    with pytest.raises(ValidationError) as raised:
        client.with_options(retries=-1)
    assert raised.value.path == "retries"


# -- last_response -------------------------------------------------------------------------------


def test_last_response_dies_with_its_client(core: FakeCore, clock: FakeClock) -> None:
    responses: list[weakref.ref[httpx.Response]] = []
    for _ in range(3):
        client = Client(core.url, core.username, core.password, clock=clock, backoff=FAST)
        client.v3_metadata_get("k")
        assert client.last_response is not None
        responses.append(weakref.ref(client.last_response))
        client.close()
        del client
    gc.collect()

    assert [response() for response in responses] == [None, None, None]


async def test_last_response_seen_after_gather(async_client: AsyncClient) -> None:
    await asyncio.gather(async_client.v3_metadata_get("a"), async_client.v3_metadata_get("b"))

    last = async_client.last_response
    assert last is not None and last.url.path in (metadata_path("a"), metadata_path("b"))
    # One client's responses never show as another's.
    other = async_client.with_options()
    assert other.last_response is None


# -- constructor ---------------------------------------------------------------------------------


def test_options_after_timeout_are_keyword_only() -> None:
    positional: list[object] = ["http://core", None, None, None, None, 3, 10.0]
    with Client(*positional):  # type: ignore[arg-type]
        pass
    with pytest.raises(TypeError):
        Client(*positional, {"X-Header": "1"})  # type: ignore[arg-type, call-arg]


def test_transport_options_reach_httpx(core: FakeCore) -> None:
    hooked: list[str] = []

    def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    with Client(
        core.url,
        access_token="t",
        limits=httpx.Limits(max_connections=3),
        event_hooks={"request": [hook]},
    ) as client:
        client.ping()
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == 3

    assert hooked == ["/ping"]


@pytest.fixture
def handed_over(core: FakeCore) -> Iterator[httpx.Client]:
    with httpx.Client(headers={"X-Mine": "1"}) as mine:
        yield mine


def test_a_handed_over_client_serves_every_request_and_stays_open(
    core: FakeCore, handed_over: httpx.Client
) -> None:
    with Client(core.url, core.username, core.password, http_client=handed_over) as client:
        assert client.v3_metadata_get("k")["path"] == metadata_path("k")
    assert not handed_over.is_closed
    assert core.seen[-1].headers["x-mine"] == "1"
    assert handed_over.get(f"{core.url}/ping").text == "pong"


def test_a_handed_over_async_client_serves_successive_loops(core: FakeCore) -> None:
    async def use(client: AsyncClient) -> object:
        return await client.v3_metadata_get("k")

    async def main() -> None:
        async with httpx.AsyncClient() as mine:
            client = AsyncClient(core.url, core.username, core.password, http_client=mine)
            assert await use(client) == await use(client)
            await client.aclose()
            assert not mine.is_closed

    asyncio.run(main())


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("transport", httpx.MockTransport(lambda request: httpx.Response(200))),
        ("verify", False),
        ("proxy", "http://proxy:3128"),
        ("limits", httpx.Limits()),
    ],
)
def test_a_handed_over_client_takes_no_transport_options(
    handed_over: httpx.Client, option: str, value: object
) -> None:
    with pytest.raises(ValidationError) as raised:
        Client("http://core", http_client=handed_over, **{option: value})  # type: ignore[arg-type]
    assert raised.value.path == option


def test_the_wrong_kind_of_handed_over_client_is_refused(handed_over: httpx.Client) -> None:
    with pytest.raises(ValidationError) as raised:
        AsyncClient("http://core", http_client=handed_over)
    assert raised.value.path == "http_client"


def test_a_client_certificate_is_loaded_or_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        Client("https://core", cert=str(tmp_path / "missing.pem"))
    assert raised.value.path == "cert"
    with pytest.raises(ValidationError) as raised:
        Client("https://core", verify=ssl.create_default_context(), cert="client.pem")
    assert raised.value.path == "cert"


@pytest.fixture
def ca_loads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The CA bundles loaded into SSL contexts (httpx loads certifi's for verify=True)."""
    loaded: list[object] = []
    load = ssl.SSLContext.load_verify_locations

    def counting(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loaded.append(args or kwargs)
        load(context, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    return loaded


def test_a_client_of_an_http_core_loads_no_ca_bundle(
    ca_loads: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[object] = []
    make_pool = httpx.Client.__init__

    def recording(pool: httpx.Client, **options: Any) -> None:
        given.append(options.get("verify"))
        make_pool(pool, **options)

    monkeypatch.setattr(httpx.Client, "__init__", recording)
    Client("http://core:8080", access_token="a.b.c").close()
    asyncio.run(AsyncClient("http://core:8080").aclose())
    assert ca_loads == []
    # What the pool got instead fails closed: it verifies, and trusts no CA at all.
    (context,) = given
    assert isinstance(context, ssl.SSLContext)
    assert (context.verify_mode, context.check_hostname) == (ssl.CERT_REQUIRED, True)
    assert context.get_ca_certs() == []


@pytest.mark.parametrize(
    ("url", "options", "environment"),
    [
        ("https://core", {}, {}),
        ("http://core", {"proxy": "https://proxy:3128"}, {}),
        ("http://core", {}, {"HTTP_PROXY": "https://proxy:3128"}),
        ("http://core", {}, {"all_proxy": "https://proxy:3128"}),
    ],
    ids=["https", "proxy", "HTTP_PROXY", "all_proxy"],
)
def test_a_client_that_may_meet_tls_verifies_with_the_ca_bundle(
    ca_loads: list[object],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    options: dict[str, Any],
    environment: dict[str, str],
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with Client(url, access_token="a.b.c", **options):
        pass
    assert ca_loads != []


@pytest.mark.parametrize("url", ["http://core:8080/prefix", "https://core", "http://core/api/"])
def test_base_url_is_the_core_as_httpx_keeps_a_base_url(url: str) -> None:
    with httpx.Client(base_url=url) as plain, Client(url, access_token="a.b.c") as client:
        assert client.base_url == plain.base_url
        assert client.with_options(retries=1).base_url == plain.base_url
    assert AsyncClient(url).base_url == plain.base_url
