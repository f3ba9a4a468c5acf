"""Where the tests send their requests: fakes answered with waits too short to notice, and the
real Core that tests marked `real_core` also run against when CORE_URL, CORE_USERNAME and
CORE_PASSWORD are set (without them the real variants are not generated, so nothing is skipped).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from core_client import Backoff

# Waits between retries and reconnects short enough that tests never notice them.
FAST = Backoff(initial=0.001, maximum=0.002, retry_after_max=0.005)


@dataclass(frozen=True)
class RealCore:
    url: str
    username: str
    password: str


def real_core() -> RealCore | None:
    names = ("CORE_URL", "CORE_USERNAME", "CORE_PASSWORD")
    url, username, password = (os.environ.get(name) for name in names)
    if url and username and password:
        return RealCore(url, username, password)
    return None
