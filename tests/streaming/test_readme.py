"""The streaming guide's example (docs/guides/streaming.md) runs as written on the fake Core."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.streaming.fake_core import Episode, FakeCore

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guides" / "streaming.md"


def streaming_example() -> str:
    match = re.search(r"```python\n(.*?)```", GUIDE.read_text(), re.DOTALL)
    assert match is not None
    return match.group(1)


def test_streaming_example(
    core: FakeCore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    video = os.urandom(2_000_000)
    Path("a.mp4").write_bytes(video)
    line = {"pid": "my-process", "type": "line", "ts": 1, "line": "ffmpeg started"}
    progress = {"pid": "my-process", "type": "progress", "ts": 2}
    later = {"pid": "my-process", "type": "progress", "ts": 3}
    items = [None, json.dumps(line), json.dumps(progress), json.dumps(later)]
    episode = Episode(items, then="hold")
    core.episodes.append(episode)

    exec(streaming_example().replace("http://127.0.0.1:8080", core.url), {})

    assert episode.closed.wait(5)
    assert core.files[("disk", "/recordings/a.mp4")].content == video
    assert Path("copy.mp4").read_bytes() == video
    printed = capsys.readouterr().out.splitlines()
    assert printed[:3] == ["my-process line", "my-process progress", "created"]
    sent = json.loads(core.seen("POST", "/api/v3/events/process")[0].body)
    assert sent == {"filters": [{"pid": "my-process"}]}
    assert sum(int(line) for line in printed[3:]) == len(video)
