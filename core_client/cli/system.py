"""`corectl about|events|config|metrics|skills`: Core itself rather than its processes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import click

from .app import Session, epilog, output_options, session
from .errors import CliError
from .output import field, redacted


@click.command(epilog=epilog("corectl about", "corectl --json about"))
@output_options
def about() -> None:
    """Show Core's name, id, version and uptime."""
    state = session()
    state.output.document(state.client.about().to_dict())


def _filters(pairs: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--filter")
        found[key] = value
    return found


def _log_line(event: Mapping[str, Any]) -> str:
    topic = event.get("event") or event.get("component") or ""
    message = event.get("message") or event.get("msg") or ""
    return f"{event.get('ts', '')} {event.get('level', '')} {topic} {message}".strip()


def print_stream(state: Session, events: Iterable[Mapping[str, Any]]) -> None:
    """Events as they come, as JSON lines or text, until Ctrl-C (which is a normal end)."""
    output = state.output
    try:
        for event in events:
            if output.as_json:
                output.json_line(event)
            elif not output.quiet:
                output.text(_log_line(event))
    except KeyboardInterrupt:
        return


@click.command(
    epilog=epilog(
        "corectl events                       # Core's recent log",
        "corectl events --follow --filter level=ERROR",
        "corectl --json events -f --filter event=process",
    )
)
@click.option("--follow", "-f", is_flag=True, help="Stream live events until Ctrl-C.")
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="KEY=VALUE",
    help="Only events whose KEY matches the regular expression VALUE (repeatable: all must match).",
)
@output_options
def events(follow: bool, filters: tuple[str, ...]) -> None:
    """Print Core's log events: the recent ones, or live with --follow."""
    state = session()
    wanted = _filters(filters)
    if follow:
        body = {"filters": [wanted]} if wanted else None
        with state.client.v3_events_post(body, sse=False) as stream:
            print_stream(state, (event.to_dict() for event in stream))
        return
    patterns = {key: re.compile(value) for key, value in wanted.items()}
    entries = state.client.v3_log_get(format="raw")
    # Raw entries are objects with whatever fields the log line had.
    recent = (
        entry if isinstance(entry, dict) else entry.to_dict()
        for entry in entries
        if not isinstance(entry, str)
    )
    print_stream(
        state,
        (
            entry
            for entry in recent
            if all(pattern.search(str(entry.get(key, ""))) for key, pattern in patterns.items())
        ),
    )


@click.group(
    epilog=epilog("corectl config show api.auth.enable", "corectl config set log.level debug")
)
def config() -> None:
    """Show and change Core's settings."""


def _lookup(data: Any, key: str) -> Any:
    value = data
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            raise CliError(f"no setting {key!r} (corectl config show lists them)")
        value = value[part]
    return value


@config.command(epilog=epilog("corectl config show", "corectl config show api.auth"))
@click.argument("key", required=False)
@click.option("--show-secrets", is_flag=True, help="Include passwords, tokens and secrets.")
@output_options
def show(key: str | None, show_secrets: bool) -> None:
    """Show the settings (or one, by its dotted KEY); secrets are redacted."""
    state = session()
    data = state.client.v3_config_get().to_dict()
    if key is not None:
        data = _lookup(data.get("config", {}), key)
    state.output.document(data if show_secrets else redacted(data), id_key=None)


def _setting(current: Any, value: str) -> Any:
    """VALUE as the type of the setting it replaces: text stays text, others are JSON."""
    if isinstance(current, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        raise CliError(
            f"{value!r} is not JSON (the setting holds {type(current).__name__})"
        ) from None


@config.command("set", epilog=epilog("corectl config set log.level debug && corectl config reload"))
@click.argument("key")
@click.argument("value")
@output_options
def set_(key: str, value: str) -> None:
    """Change one setting (dotted KEY); `config reload` applies it."""
    state = session()
    settings = state.client.v3_config_get().to_dict().get("config", {})
    *parents, last = key.split(".")
    holder = _lookup(settings, ".".join(parents)) if parents else settings
    current = _lookup(settings, key)
    holder[last] = _setting(current, value)
    answer = state.client.v3_config_put(settings)
    state.output.done(answer, f"set {key}; `corectl config reload` applies it", key)


@config.command(epilog=epilog("corectl config reload"))
@output_options
def reload() -> None:
    """Reload the settings (Core restarts its services)."""
    state = session()
    state.output.done(state.client.v3_config_reload(), "reloaded the config")


@click.command(
    epilog=epilog(
        "corectl metrics                       # what can be asked for",
        "corectl metrics --metric cpu_idle --metric mem_free",
    )
)
@click.option(
    "--metric", "names", multiple=True, metavar="NAME", help="Query this metric (repeatable)."
)
@output_options
def metrics(names: tuple[str, ...]) -> None:
    """List the metrics Core collects, or query some with --metric."""
    state = session()
    if not names:
        described = [item.to_dict() for item in state.client.v3_metrics_get()]
        columns = [("NAME", field("name")), ("DESCRIPTION", field("description"))]
        state.output.rows(described, columns, id_key="name")
        return
    answer = state.client.v3_metrics_post({"metrics": [{"name": name} for name in names]}).to_dict()
    if state.output.as_json:
        state.output.json_document(answer)
        return
    rows = [
        {
            "name": item.get("name"),
            "labels": ",".join(f"{k}={v}" for k, v in (item.get("labels") or {}).items()),
            "value": (item.get("values") or [[None, None]])[-1][1],
        }
        for item in answer.get("metrics") or []
    ]
    columns = [("NAME", field("name")), ("LABELS", field("labels")), ("LATEST", field("value"))]
    state.output.rows(rows, columns, id_key="name")


@click.command(epilog=epilog("corectl skills", "corectl --json skills | jq .ffmpeg.version"))
@output_options
def skills() -> None:
    """Show what Core's ffmpeg can do: version, codecs, formats, filters, devices."""
    state = session()
    found = state.client.v3_skills_get().to_dict()
    if state.output.as_json or state.output.quiet:
        state.output.document(found, id_key=None)
        return
    ffmpeg = found.get("ffmpeg") or {}
    summary: dict[str, Any] = {"ffmpeg": ffmpeg.get("version")}
    for group in ("codecs", "filters", "formats", "protocols", "devices", "hwaccels"):
        value = found.get(group)
        if isinstance(value, dict):
            for kind, items in value.items():
                summary[f"{group}.{kind}"] = len(items or [])
        elif isinstance(value, list):
            summary[group] = len(value)
    state.output.document(summary, id_key=None)


commands = [about, events, config, metrics, skills]
