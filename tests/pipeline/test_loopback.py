"""The loopback server under the pipeline and streaming tests adds no delays of its own: no
Nagle hold-back of response bodies, no dropped connections when many clients connect at once."""

from __future__ import annotations

import select
import socket
import time
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler

import httpx

from tests.support.loopback import LoopbackServer, send

# More clients than socketserver's default backlog of 5, as many as the tests' largest crowd
# (50 threads) with room to spare.
CROWD = 100


class NoDelayReporter(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        no_delay = self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        send(self, 200, str(no_delay).encode())

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_responses_are_not_held_back_by_nagle() -> None:
    with LoopbackServer(NoDelayReporter) as server:
        answer = httpx.get(server.url)
    assert answer.status_code == 200
    assert answer.text != "0"


def test_a_crowd_connecting_at_once_is_queued_not_dropped() -> None:
    # Not serving yet: every connection waits in the listen queue, none is accepted.
    server = LoopbackServer(NoDelayReporter)
    host, port = server.url.removeprefix("http://").split(":")
    try:
        with ExitStack() as opened:
            clients = [opened.enter_context(socket.socket()) for _ in range(CROWD)]
            for client in clients:
                client.setblocking(False)
                client.connect_ex((host, int(port)))
            pending = set(clients)
            # A connection past a full queue loses its SYN and stays pending (the retransmits
            # come after 1 s, 3 s, ...); the deadline only bounds a failing run.
            deadline = time.monotonic() + 5
            while pending and time.monotonic() < deadline:
                timeout = deadline - time.monotonic()
                _, connected, _ = select.select([], list(pending), [], timeout)
                pending.difference_update(connected)
            failed = [c for c in clients if c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)]
    finally:
        # Serving once, then stopping, closes the listening socket.
        with server:
            pass
    assert (len(pending), failed) == (0, [])
