"""Live streams on real servers: RTMP and SRT channels with a publisher, sessions, RTMP play."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.real import poll
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCore

FFMPEG = shutil.which("ffmpeg")


@contextmanager
def publishing(core: RealCore, name: str) -> Iterator[None]:
    """ffmpeg publishes one small live picture to the Core's RTMP and SRT servers."""
    if FFMPEG is None:
        pytest.fail("ffmpeg is needed (apt-get install -y ffmpeg): Core itself needs it too")
    encode = ["-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "10"]
    srt = (
        f"{core.srt}?mode=caller&transtype=live"
        f"&streamid=#!:m=publish,r={name},token={core.srt_token}"
    )
    source = [
        FFMPEG,
        *("-nostdin", "-hide_banner", "-loglevel", "error", "-re"),
        *("-f", "lavfi", "-i", "testsrc=size=64x48:rate=10"),
        *encode,
    ]
    # One ffmpeg per server: an output waits for all others to connect before it sends.
    publishers = [
        subprocess.Popen(command, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for command in (
            [*source, "-f", "flv", f"{core.rtmp}/live/{name}?token={core.rtmp_token}"],
            [*source, "-f", "mpegts", srt],
        )
    ]
    try:
        yield
    finally:
        for publisher in publishers:
            publisher.kill()  # no need to end the streams cleanly
            publisher.wait(timeout=poll.DEADLINE)


def test_published_streams_are_listed_with_their_sessions(real_core: RealCore) -> None:
    client = real_core.client()
    name = f"realops-{uuid.uuid4().hex[:12]}"
    with publishing(real_core, name):
        channels = poll.until(
            lambda: [c for c in client.v3_rtmp_get() if c.name == f"/live/{name}"],
            "the RTMP channel",
        )
        assert_fields_known(channels)
        srt = poll.until(lambda: _srt_names(client.v3_srt_get(), name), "the SRT channel")
        assert srt == [name]
        active = client.v3_session_get_active(collectors="rtmp,srt")
        assert_fields_known(active)
        assert any(name in session.reference for session in active["rtmp"])
        summary = client.v3_session_get(collectors="rtmp,srt")
        assert_fields_known(summary)
        rtmp = summary["rtmp"].active
        assert rtmp is not None and rtmp.sessions >= 1


def _srt_names(channels: object, name: str) -> list[str]:
    # vod lists channels (SRTChannel); v16 answers one object keyed by channel name.
    found = channels if isinstance(channels, list) else list(channels.to_dict()["publisher"])  # type: ignore[attr-defined]
    names = [item if isinstance(item, str) else item.name for item in found]
    return [found_name for found_name in names if found_name == name]
