"""What the `core_client` logger records: a DEBUG line per attempt, INFO for retries/renewals."""

from __future__ import annotations

import logging

import pytest

from core_client import Client
from tests.pipeline.fake_core import FakeClock, FakeCore, unavailable

PROCESSES = "/api/v3/process"


def test_each_attempt_is_one_debug_line_and_retries_and_renewals_are_info(
    client: Client, core: FakeCore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    core.inject(unavailable(retry_after="1"), path=PROCESSES)
    with caplog.at_level(logging.DEBUG, logger="core_client"):
        client._request("GET", PROCESSES)
        clock.advance(3600)
        client._request("GET", PROCESSES)
    ours = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "core_client"]
    debug = [message for level, message in ours if level == "DEBUG"]
    info = [message for level, message in ours if level == "INFO"]
    assert [line.split(" in ")[0] for line in debug] == [
        "POST /api/login -> 200",
        f"GET {PROCESSES} -> 503",
        f"GET {PROCESSES} -> 200",
        "GET /api/login/refresh -> 200",
        f"GET {PROCESSES} -> 200",
    ]
    assert [line.rsplit("(", 1)[1] for line in debug] == [
        "attempt 1)",
        "attempt 1)",
        "attempt 2)",
        "attempt 1)",
        "attempt 1)",
    ]
    assert all(" ms (attempt " in line for line in debug)
    assert info == [
        "logged in as 'admin'",
        f"GET {PROCESSES} failed (503): retry 1 of 3 in 0.005 s",
        "renewed the access token with the refresh token",
    ]
