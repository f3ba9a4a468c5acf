"""`make record` sends the recorded sequence again and keeps the server's answers in its format."""

from __future__ import annotations

import json

from scripts.record import Recorder
from tests.support.shared import FIXTURES, needs
from tests.surface.recorded import ReplayCore, exchanges

needs(FIXTURES, "recorded real exchanges to record again")


def test_a_sequence_is_recorded_again_with_the_tokens_the_server_hands_out() -> None:
    files = [exchange.file for exchange in exchanges("vod")[:7]]  # ping .. refresh on the API
    sources = [json.loads(file.read_text()) for file in files]
    with ReplayCore(list(exchanges("vod")[:7])) as server:
        recorder = Recorder(server.url)
        try:
            recorded = [recorder.record(source) for source in sources]
        finally:
            recorder.close()

    for source, fresh in zip(sources, recorded, strict=True):
        assert fresh["request"]["path"] == source["request"]["path"]
        assert fresh["response"]["status"] == source["response"]["status"]
        assert fresh["response"]["body"] == source["response"]["body"]
    login = next(
        s
        for s in sources
        if s["request"]["path"] == "/api/login" and s["response"]["status"] == 200
    )
    assert login["response"]["body"]["access_token"] in recorder.tokens
    assert FIXTURES.is_dir()
