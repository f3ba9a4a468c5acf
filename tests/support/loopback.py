"""A real HTTP/1.1 server on 127.0.0.1 in a background thread.

For tests that need real sockets (pooling, timeouts, dropped connections, chunking, gzip)
rather than a mock transport. Each test gives it a `BaseHTTPRequestHandler` subclass; the
socket settings that keep the server from adding delays of its own live here, once, and so do
the two pieces of HTTP every handler needs: reading the request body and sending a response.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

# How often the serving loop looks for a stop request: what stopping the server costs at most.
_POLL_INTERVAL = 0.01


def request_chunks(handler: BaseHTTPRequestHandler, size: int = 1 << 20) -> Iterator[bytes]:
    """The request body as it arrives, chunked or sized (at most `size` bytes a piece), in
    constant memory. A chunked body cut off mid-way raises ValueError."""
    if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        while chunk_size := int(handler.rfile.readline().split(b";")[0], 16):
            yield handler.rfile.read(chunk_size)
            handler.rfile.readline()
        handler.rfile.readline()
        return
    remaining = int(handler.headers.get("Content-Length") or 0)
    while remaining:
        chunk = handler.rfile.read(min(remaining, size))
        if not chunk:
            raise ValueError("the request body ended before its Content-Length")
        remaining -= len(chunk)
        yield chunk


def request_body(handler: BaseHTTPRequestHandler) -> bytes:
    """The whole request body (see `request_chunks`)."""
    return b"".join(request_chunks(handler))


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    headers: Mapping[str, str] | None = None,
) -> None:
    """A complete response with its Content-Length; the body is left out for HEAD."""
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


class _Server(ThreadingHTTPServer):
    # socketserver listens with a backlog of 5: many clients connecting at once would see
    # dropped SYNs and wait a second for their retransmit.
    request_queue_size = 128
    daemon_threads = True


class LoopbackServer:
    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        # HTTP/1.1 so that connections are kept alive and the client's pool is exercised.
        handler.protocol_version = "HTTP/1.1"
        # Headers and body are separate writes: with Nagle, the body waits for the client's
        # delayed ACK, 40 ms a response.
        handler.disable_nagle_algorithm = True
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(_POLL_INTERVAL,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
