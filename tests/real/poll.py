"""Waiting for a real server's state to change: poll with a deadline, never a fixed sleep."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Long enough for a loaded 2-core machine to start ffmpeg; a healthy server needs under a second.
DEADLINE = 20.0
INTERVAL = 0.1
# A config reload restarts Core's services in place (about 3 s; much longer on a busy machine).
RELOAD_DEADLINE = 60.0


def until(check: Callable[[], T | None], what: str, deadline: float = DEADLINE) -> T:
    """The first truthy value of `check()`; fails naming `what` when the deadline passes."""
    end = time.monotonic() + deadline
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"waited {deadline} s for {what}; last: {value!r}")
        time.sleep(INTERVAL)
