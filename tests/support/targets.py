"""Waits short enough that tests never notice them (real servers: tests/support/real_servers.py)."""

from __future__ import annotations

from core_client import Backoff

# Waits between retries and reconnects short enough that tests never notice them.
FAST = Backoff(initial=0.001, maximum=0.002, retry_after_max=0.005)
