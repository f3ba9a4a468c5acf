"""The `corectl` command group: connection options, the session every command shares, and
the translation of failures into one line on stderr and an exit code."""

from __future__ import annotations

import json
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from core_client.client import Client
from core_client.exceptions import CoreError

from .errors import LOGIN_REFUSED, CliError, describe, exit_code, one_line
from .output import Output
from .profiles import Profile, Store

F = TypeVar("F", bound=Callable[..., Any])

_NO_CORE = (
    "no Core to talk to: pass --url (or set CORE_URL), --profile NAME (or CORE_PROFILE), "
    "or add a profile: corectl profile add NAME --url URL --username USER"
)


class Session:
    """What the command line knows for one run: where Core is, how to print, and the client,
    made on first use (so that `--help` and profile commands never connect)."""

    def __init__(
        self,
        *,
        url: str | None,
        username: str | None,
        password: str | None,
        profile: str | None,
        timeout: float,
        debug: bool,
        output: Output,
    ) -> None:
        self._url = url
        self._username = username
        self._password = password
        self._profile_name = profile
        self._timeout = timeout
        self.debug = debug
        self.output = output
        self._client: Client | None = None
        self._store: Store | None = None
        self._profile: Profile | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.load()
        return self._store

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Client:
        name = self._profile_name
        if name is None and self._url is None:
            name = self.store.current
        if name is not None:
            profile = self._profile = self.store.get(name)
            access, refresh = profile.usable_tokens()
            return Client(
                profile.url,
                profile.username,
                profile.password,
                access_token=access,
                refresh_token=refresh,
                timeout=self._timeout,
            )
        if self._url is None:
            raise CliError(_NO_CORE)
        password = self._password
        if self._username is not None and password is None:
            if not sys.stdin.isatty():
                raise CliError("a username needs a password: set CORE_PASSWORD or --password")
            password = click.prompt(f"Password of {self._username}", hide_input=True, err=True)
        return Client(self._url, self._username, password, timeout=self._timeout)

    def close(self) -> None:
        """Close the client; keep the tokens it holds in the profile it came from."""
        client, self._client = self._client, None
        if client is None:
            return
        client.close()
        profile = self._profile
        if profile is None or (self._profile_name is None and self.store.current is None):
            return
        tokens = client.tokens
        if tokens is None:
            return
        if (tokens.access_token, tokens.refresh_token) != (
            profile.access_token,
            profile.refresh_token,
        ):
            for name, stored in self.store.profiles.items():
                if stored is profile:
                    self.store.profiles[name] = profile.with_tokens(tokens)
            self.store.save()


def session() -> Session:
    return click.get_current_context().find_object(Session) or _missing_session()


def _missing_session() -> Session:
    raise RuntimeError("corectl commands run inside the corectl group")


def _set_json(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        found = ctx.find_object(Session)
        if found is not None:
            found.output.as_json = True


def _set_quiet(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        found = ctx.find_object(Session)
        if found is not None:
            found.output.quiet = True


def output_options(command: F) -> F:
    """`--json` and `--quiet` on a command too, so they may follow its arguments."""
    command = click.option(
        "--json",
        is_flag=True,
        expose_value=False,
        callback=_set_json,
        help="Print Core's JSON (one object per line for streams).",
    )(command)
    return click.option(
        "--quiet",
        "-q",
        is_flag=True,
        expose_value=False,
        callback=_set_quiet,
        help="Print ids only.",
    )(command)


def epilog(*examples: str) -> str:
    """A command's examples, shown under its options by `--help` (kept as written)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in examples)


class CoreGroup(click.Group):
    """The root group: runs a command and turns its failure into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (CoreError, CliError) as error:
            state = ctx.find_object(Session)
            if state is not None and state.debug:
                traceback.print_exc(file=sys.stderr)
            click.echo(f"corectl: {one_line(describe(error))}", err=True)
            code = exit_code(error)
            if code == LOGIN_REFUSED:
                click.echo("corectl: check the username and password (or the profile)", err=True)
            ctx.exit(code)


def read_document(source: str) -> dict[str, Any]:
    """A JSON or YAML object from a file, or from stdin for `-`."""
    name = "stdin" if source == "-" else source
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
    except OSError as error:
        raise CliError(f"cannot read {name}: {error.strerror or error}") from error
    try:
        data: Any = json.loads(text)
    except ValueError:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise CliError(f"{name} is neither JSON nor YAML: {one_line(str(error))}") from error
    if not isinstance(data, dict):
        raise CliError(f"{name} must hold one JSON or YAML object")
    return data


def log_to_stderr() -> None:
    """The library's DEBUG log on stderr (it redacts the Authorization header itself)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger = logging.getLogger("core_client")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


@click.group(
    cls=CoreGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=epilog(
        "export CORE_URL=http://127.0.0.1:8080 CORE_USERNAME=admin CORE_PASSWORD=secret",
        "corectl process list",
        "corectl --profile prod --json process show my-process",
    ),
)
@click.option("--url", envvar="CORE_URL", metavar="URL", help="Core's address [env: CORE_URL].")
@click.option("--username", envvar="CORE_USERNAME", help="Login name [env: CORE_USERNAME].")
@click.option(
    "--password",
    envvar="CORE_PASSWORD",
    help="Login password [env: CORE_PASSWORD]; prompted for when a username has none.",
)
@click.option(
    "--profile",
    envvar="CORE_PROFILE",
    metavar="NAME",
    help="Use a stored profile [env: CORE_PROFILE]; default: the one chosen by `profile use`.",
)
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds per request.")
@click.option("--json", "as_json", is_flag=True, help="Print Core's JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Print ids only.")
@click.option("--debug", is_flag=True, help="Log requests and show tracebacks (on stderr).")
@click.version_option(package_name="core-client", prog_name="corectl")
@click.pass_context
def cli(
    ctx: click.Context,
    url: str | None,
    username: str | None,
    password: str | None,
    profile: str | None,
    timeout: float,
    as_json: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """corectl: operate a datarhei Core from the command line."""
    if debug:
        log_to_stderr()
    state = Session(
        url=url,
        username=username,
        password=password,
        profile=profile,
        timeout=timeout,
        debug=debug,
        output=Output(as_json=as_json, quiet=quiet),
    )
    ctx.obj = state
    ctx.call_on_close(state.close)
