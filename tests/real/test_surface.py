"""Per-call raw responses, derived clients and a handed-over httpx client against real Cores."""

from __future__ import annotations

import asyncio

import httpx

from core_client import Client
from tests.support import real_coverage
from tests.support.real_servers import RealCore

TASKS = 50


def test_raw_response_and_derived_client(real_core: RealCore) -> None:
    client = real_core.client()
    raw = client.with_raw_response.v3_process_get_list()
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parse(), list)

    derived = client.with_options(retries=0, timeout=30.0, headers={"X-Request-Purpose": "test"})
    skills = derived.with_raw_response.v3_skills_get()
    assert skills.response.request.headers["X-Request-Purpose"] == "test"
    assert skills.parse().ffmpeg is not None
    assert derived._tokens is client._tokens  # logged in once, for both


async def test_50_gathered_raw_responses_are_each_their_own(real_core: RealCore) -> None:
    async with real_core.async_client() as client:
        paths = [f"/nope-{number}.txt" for number in range(TASKS)]
        answers = await asyncio.gather(
            *(client.with_raw_response.v3_fs_get_file_list("mem", glob=path) for path in paths)
        )
    for path, raw in zip(paths, answers, strict=True):
        assert raw.response.request.url.params["glob"].endswith(path.replace("/", "%2F"))
        assert raw.parse() == []


def test_a_handed_over_httpx_client(real_core: RealCore) -> None:
    transport = real_coverage.RecordingTransport(real_core.version)
    with httpx.Client(transport=transport) as mine:
        with Client(
            real_core.url, real_core.username, real_core.password, http_client=mine
        ) as client:
            assert client.about().to_dict()["name"]
            assert client.v3_process_get_list() is not None
        assert not mine.is_closed
