"""`corectl process ...`: list, inspect, create, change and command ffmpeg processes."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import click

from .app import epilog, output_options, read_document, session
from .errors import CliError
from .output import field

# How often `process logs --follow` asks for new lines.
_FOLLOW_INTERVAL = 1.0

_COLUMNS = [
    ("ID", field("id")),
    ("REFERENCE", field("reference")),
    ("ORDER", field("state", "order")),
    ("STATE", field("state", "exec")),
    ("RUNTIME S", field("state", "runtime_seconds")),
    ("CPU %", field("state", "cpu_usage")),
    ("MEMORY B", field("state", "memory_bytes")),
]


@click.group(epilog=epilog("corectl process list", "corectl process add camera.yaml --start"))
def process() -> None:
    """List, inspect, create, change and command processes."""


@process.command(
    "list", epilog=epilog("corectl process list --idpattern 'cam-*'", "corectl -q process list")
)
@click.option("--id", "ids", metavar="ID[,ID...]", default="", help="Only these ids.")
@click.option("--idpattern", default="", help="Only ids matching this glob.")
@click.option("--reference", default="", help="Only processes with this reference.")
@click.option("--refpattern", default="", help="Only references matching this glob.")
@output_options
def list_(ids: str, idpattern: str, reference: str, refpattern: str) -> None:
    """List processes with their state."""
    state = session()
    processes = state.client.v3_process_get_list(
        id=ids, idpattern=idpattern, reference=reference, refpattern=refpattern
    )
    state.output.rows([item.to_dict() for item in processes], _COLUMNS)


@process.command(epilog=epilog("corectl process show my-process"))
@click.argument("id")
@output_options
def show(id: str) -> None:
    """Show a process: config, state, report and metadata."""
    state = session()
    state.output.document(state.client.v3_process_get(id).to_dict())


@process.command(
    epilog=epilog(
        "corectl process add camera.json --start", "cat camera.yaml | corectl process add -"
    )
)
@click.argument("file", metavar="FILE|-")
@click.option("--start", is_flag=True, help="Start the process once it is added.")
@output_options
def add(file: str, start: bool) -> None:
    """Add a process from a JSON or YAML config (a file, or stdin for -)."""
    state = session()
    config = state.client.v3_process_post(read_document(file)).to_dict()
    process_id = str(config.get("id", ""))
    if start:
        state.client.v3_process_put_command(process_id, "start")
    started = " and started" if start else ""
    state.output.done(config, f"added{started} process {process_id}", process_id)


@process.command(epilog=epilog("corectl process update my-process camera.yaml"))
@click.argument("id")
@click.argument("file", metavar="FILE|-")
@output_options
def update(id: str, file: str) -> None:
    """Replace a process's config with a JSON or YAML config (a file, or stdin for -)."""
    state = session()
    config = state.client.v3_process_put(id, read_document(file)).to_dict()
    state.output.done(config, f"updated process {id}", str(config.get("id", id)))


@process.command(epilog=epilog("EDITOR=nano corectl process edit my-process"))
@click.argument("id")
@output_options
def edit(id: str) -> None:
    """Edit a process's config in $EDITOR (as YAML); it is checked before it is sent."""
    import yaml

    state = session()
    current = state.client.v3_process_get_config(id).to_dict()
    text = yaml.safe_dump(current, sort_keys=False, allow_unicode=True)
    edited = click.edit(text, extension=".yaml")
    if edited is None or edited == text:
        state.output.done(current, f"no change to process {id}", id)
        return
    try:
        config = yaml.safe_load(edited)
    except yaml.YAMLError as error:
        raise CliError(f"the edited config is not YAML: {' '.join(str(error).split())}") from error
    if not isinstance(config, dict):
        raise CliError("the edited config must be one YAML object")
    # The library checks the config against Core's schema (naming a bad field) before sending.
    result = state.client.v3_process_put(id, config).to_dict()
    state.output.done(result, f"updated process {id}", str(result.get("id", id)))


@process.command(epilog=epilog("corectl process delete my-process"))
@click.argument("id")
@output_options
def delete(id: str) -> None:
    """Delete a process (it is stopped first)."""
    state = session()
    answer = state.client.v3_process_delete(id)
    state.output.done(answer, f"deleted process {id}", id)


def _command(name: str, verb: str) -> click.Command:
    @click.command(name, epilog=epilog(f"corectl process {name} my-process"))
    @click.argument("id")
    @output_options
    def run(id: str) -> None:
        state = session()
        answer = state.client.v3_process_put_command(id, name)
        state.output.done(answer, f"{verb} process {id}", id)

    run.help = f"{name.capitalize()} a process."
    return run


for _name, _verb in [
    ("start", "started"),
    ("stop", "stopped"),
    ("restart", "restarted"),
    ("reload", "reloaded"),
]:
    process.add_command(_command(_name, _verb))


@process.command("state", epilog=epilog("corectl process state my-process"))
@click.argument("id")
@output_options
def state_(id: str) -> None:
    """Show a process's state: order, exec state, runtime, progress, resources."""
    state = session()
    state.output.document(state.client.v3_process_get_state(id).to_dict(), id_key=None)


@process.command(epilog=epilog("corectl process report my-process"))
@click.argument("id")
@output_options
def report(id: str) -> None:
    """Show a process's report: its log and the history of earlier runs."""
    state = session()
    state.output.document(state.client.v3_process_get_report_list(id).to_dict(), id_key=None)


@process.command(epilog=epilog("corectl process probe my-process"))
@click.argument("id")
@output_options
def probe(id: str) -> None:
    """Probe a process's inputs with ffmpeg: their streams and formats."""
    state = session()
    state.output.document(state.client.v3_process_get_probe(id).to_dict(), id_key=None)


def _log_lines(report: dict[str, Any]) -> list[tuple[str, str]]:
    """The (time, line) pairs of a report's log."""
    return [(str(entry[0]), str(entry[1])) for entry in report.get("log") or [] if len(entry) >= 2]


@process.command(
    epilog=epilog("corectl process logs my-process", "corectl process logs my-process --follow")
)
@click.argument("id")
@click.option("--follow", "-f", is_flag=True, help="Keep printing new lines until Ctrl-C.")
@output_options
def logs(id: str, follow: bool) -> None:
    """Print a process's log lines (ffmpeg's output)."""
    state = session()
    output = state.output
    seen: set[tuple[str, str]] = set()
    try:
        while True:
            lines = _log_lines(state.client.v3_process_get_report_list(id).to_dict())
            for entry in lines:
                if entry in seen:
                    continue
                if output.as_json:
                    output.json_line({"ts": entry[0], "line": entry[1]})
                else:
                    output.text(entry[1])
            # Core keeps the latest lines only: remember those, not the whole history.
            seen = set(lines)
            if not follow:
                return
            time.sleep(_FOLLOW_INTERVAL)
    except KeyboardInterrupt:
        return


def _metadata_value(value: str) -> Any:
    """A VALUE as JSON where it is JSON (`42`, `{"a": 1}`, `null`), else as a string."""
    text = sys.stdin.read() if value == "-" else value
    try:
        return json.loads(text)
    except ValueError:
        return text


@process.command(
    epilog=epilog(
        "corectl process metadata my-process",
        "corectl process metadata my-process owner",
        'corectl process metadata my-process owner \'{"team": "video"}\'',
    )
)
@click.argument("id")
@click.argument("key", required=False)
@click.argument("value", metavar="[VALUE|-]", required=False)
@output_options
def metadata(id: str, key: str | None, value: str | None) -> None:
    """Show all of a process's metadata, one KEY, or set KEY to VALUE (JSON or text; - reads
    stdin; null removes it)."""
    state = session()
    client = state.client
    if key is None:
        found = client.v3_process_get(id, filter="metadata").to_dict().get("metadata") or {}
        state.output.document(found, id_key=None)
    elif value is None:
        state.output.document(client.v3_process_get_metadata(id, key), id_key=None)
    else:
        answer = client.v3_process_put_metadata(id, key, _metadata_value(value))
        state.output.done(answer, f"set metadata {key} of process {id}", id)


commands = [process]
