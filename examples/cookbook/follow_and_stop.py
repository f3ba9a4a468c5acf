"""Follow a process's live events and stop the process on a condition, with a deadline.

`v3_events_post_process` streams a process's log lines and progress as they happen (Core
16.20, vod; 16.16 and older have no event routes). Here the loop stops the process once its
output has reached a position, or after a number of events.

Mind the end of the loop: once a process has stopped, Core sends only keepalives (every
5 s). They keep the connection alive, so the stream's `idle_timeout` (which counts silence)
never fires and a loop waiting for one more event waits forever. End the loop yourself: break
when the condition is met, and bound the wait with a deadline (a timer that closes the stream;
`close()` may be called from another thread and ends the iteration).
"""

import os
import threading
from collections.abc import Callable

from wait_running import run as start_and_wait
from wait_running import testsrc_config

from core_client import Client
from core_client.models import ProcessEvent


def reached(seconds: float) -> Callable[[ProcessEvent], bool]:
    """A condition: a progress event says the output is `seconds` long."""

    def condition(event: ProcessEvent) -> bool:
        progress = event.progress
        return event.type == "progress" and progress is not None and (progress.time or 0) >= seconds

    return condition


def run(
    client: Client,
    process_id: str,
    until: Callable[[ProcessEvent], bool] | None = None,
    max_events: int = 1000,
    deadline: float = 30.0,
) -> list[ProcessEvent]:
    """The events up to the first that meets `until` (default: 3 s of output) or the
    `max_events`th, after which the process is stopped. TimeoutError when neither happened
    within `deadline` seconds."""
    condition = until or reached(3.0)
    seen: list[ProcessEvent] = []
    with client.v3_events_post_process({"pid": process_id}) as events:
        timer = threading.Timer(deadline, events.close)
        timer.start()
        try:
            for event in events:
                seen.append(event)
                if condition(event) or len(seen) >= max_events:
                    break
            else:  # the timer closed the stream
                raise TimeoutError(
                    f"no event of {process_id!r} met the condition within {deadline:g} s "
                    f"({len(seen)} events)"
                )
        finally:
            timer.cancel()
    client.v3_process_put_command(process_id, "stop")
    return seen


if __name__ == "__main__":
    with Client(
        os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
        os.environ.get("CORE_USERNAME", "admin"),
        os.environ.get("CORE_PASSWORD", "datarhei"),
    ) as client:
        start_and_wait(client, testsrc_config("cookbook-follow"))
        try:
            for event in run(client, "cookbook-follow"):
                if event.type == "progress" and event.progress:
                    print("progress:", event.progress.time, "s at speed", event.progress.speed)
                else:
                    print(event.type, event.line)
            print(client.v3_process_get_state("cookbook-follow").order)  # "stop"
        finally:
            client.v3_process_delete("cookbook-follow")
