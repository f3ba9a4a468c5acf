"""What a command prints: Core's JSON (`--json`), ids (`--quiet`) or tables for people.

Tables and progress bars are drawn by Rich, imported only when one is drawn, so that
`--json` and `--quiet` stay quick. Progress goes to stderr and only to a terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

import msgspec

if TYPE_CHECKING:
    from rich.table import Table

Column = tuple[str, Callable[[Mapping[str, Any]], Any]]

# Fields whose values are secrets wherever Core sends them (its config, cluster node data, IAM
# users: `auth.api.userpass`, `auth.services.basic/token/session` are lists of passwords).
_SECRET_WORDS = ("password", "secret", "token", "passphrase", "userpass", "basic", "session")
REDACTED = "<redacted>"


def field(*path: str) -> Callable[[Mapping[str, Any]], Any]:
    """A getter for a nested field of a JSON object (None where it is missing)."""

    def get(item: Mapping[str, Any]) -> Any:
        value: Any = item
        for key in path:
            if not isinstance(value, Mapping):
                return None
            value = value.get(key)
        return value

    return get


def redacted(value: Any) -> Any:
    """`value` with every secret field and the user info of URLs replaced by <redacted>."""
    if isinstance(value, Mapping):
        return {
            key: _redact_value(item) if _is_secret(key) else redacted(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redacted(item) for item in value]
    if isinstance(value, str) and "://" in value and "@" in value.split("://", 1)[1].split("/")[0]:
        scheme, rest = value.split("://", 1)
        return f"{scheme}://{REDACTED}@{rest.split('@', 1)[1]}"
    return value


def _redact_value(value: Any) -> Any:
    if isinstance(value, str) and value:
        return REDACTED
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [REDACTED for _ in value]
    return redacted(value)


def _is_secret(key: str) -> bool:
    lowered = key.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value else "0"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def flattened(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Dotted keys and leaf values of a JSON object (lists of scalars stay one value)."""
    if isinstance(value, Mapping) and value:
        for key, item in value.items():
            yield from flattened(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list) and value and all(isinstance(i, Mapping) for i in value):
        for index, item in enumerate(value):
            yield from flattened(item, f"{prefix}[{index}]")
    else:
        yield prefix, value


@dataclass
class Output:
    as_json: bool = False
    quiet: bool = False
    stdout: TextIO | None = None

    @property
    def _out(self) -> TextIO:
        return self.stdout or sys.stdout

    def _print(self, table: Table) -> None:
        from rich.console import Console

        if self._out.isatty():
            Console(file=self._out, highlight=False).print(table)
            return
        # Piped: no colours, wide enough that rows are not folded, no padding at line ends.
        console = Console(file=self._out, width=200, highlight=False)
        with console.capture() as captured:
            console.print(table)
        for line in captured.get().splitlines():
            self.text(line.rstrip())

    # msgspec, the library's decoder, also encodes: many times faster than
    # `json.dumps(indent=2)`, which took 25 ms of a 200 KB process list (`make bench`: bench_cli).
    def json_document(self, data: Any) -> None:
        text = msgspec.json.format(msgspec.json.encode(data), indent=2)
        self._out.write(text.decode() + "\n")

    def json_line(self, data: Any) -> None:
        self._out.write(msgspec.json.encode(data).decode() + "\n")
        self._out.flush()

    def text(self, line: str) -> None:
        self._out.write(line + "\n")
        self._out.flush()

    def rows(
        self, items: Sequence[Mapping[str, Any]], columns: Sequence[Column], id_key: str = "id"
    ) -> None:
        """A list: JSON, its ids, or a table with `columns`."""
        if self.as_json:
            self.json_document(list(items))
        elif self.quiet:
            for item in items:
                self.text(_text(item.get(id_key)))
        else:
            from rich.table import Table

            table = Table(*(header for header, _ in columns), box=None, pad_edge=False)
            for item in items:
                table.add_row(*(_text(get(item)) for _, get in columns))
            self._print(table)

    def document(self, data: Any, id_key: str | None = "id") -> None:
        """One object or value: JSON, its id, or a table of its fields."""
        if self.as_json:
            self.json_document(data)
        elif self.quiet:
            if isinstance(data, Mapping) and id_key is not None and id_key in data:
                self.text(_text(data[id_key]))
        elif isinstance(data, Mapping | list):
            from rich.table import Table

            table = Table("field", "value", box=None, pad_edge=False, show_header=False)
            for key, value in flattened(data):
                table.add_row(key, _text(value))
            self._print(table)
        else:
            self.text(_text(data))

    def done(self, data: Any, message: str, id_value: str | None = None) -> None:
        """The answer of a change: Core's JSON, the id, or one line saying what was done."""
        if self.as_json:
            self.json_document(data)
        elif self.quiet:
            if id_value is not None:
                self.text(id_value)
        else:
            self.text(message)


def shows_progress() -> bool:
    """Whether transfers draw a progress bar: only where stderr is a terminal."""
    return sys.stderr.isatty()


@contextmanager
def progress(total: int | None, description: str) -> Iterator[Callable[[int], None]]:
    """A progress bar (bytes, rate, ETA) on stderr while it is a terminal; `advance(n)`
    moves it on, `advance(-n)` back (an upload that starts over)."""
    if not shows_progress():
        yield lambda _: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=total)
        yield lambda count: bar.advance(task, count)
