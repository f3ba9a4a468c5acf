"""`corectl profile ...` and `corectl completion`: the command line's own settings."""

from __future__ import annotations

import sys

import click

from core_client.client import Client

from .app import epilog, output_options, session
from .errors import CliError
from .output import field
from .profiles import Profile


@click.group(
    epilog=epilog(
        "corectl profile add prod --url https://core.example.com --username admin",
        "corectl profile use prod",
    )
)
def profile() -> None:
    """Named Cores: URL, username, password and cached tokens, in a file only you can read."""


@profile.command(
    epilog=epilog(
        "corectl profile add prod --url https://core.example.com --username admin",
        'echo "$PASSWORD" | corectl profile add ci --url $URL --username ci --password-stdin',
    )
)
@click.argument("name")
@click.option("--url", required=True, help="Core's address.")
@click.option("--username", help="Login name (the password is prompted for).")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.option("--no-check", is_flag=True, help="Store without logging in to check.")
@output_options
def add(name: str, url: str, username: str | None, password_stdin: bool, no_check: bool) -> None:
    """Add (or replace) a profile and make it the one in use; logs in to check it."""
    state = session()
    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif username is not None:
        password = click.prompt(f"Password of {username}", hide_input=True, err=True)
    if password is not None and username is None:
        raise CliError("--password-stdin needs --username")
    new = Profile(url=url, username=username, password=password)
    if not no_check:
        with Client(url, username, password) as client:
            client.about()
            if username is not None:
                new = new.with_tokens(client._tokens.tokens())
    store = state.store
    store.profiles[name] = new
    store.current = name
    store.save()
    state.output.done(
        {"name": name, "url": url, "username": username}, f"added profile {name}", name
    )


@profile.command("list", epilog=epilog("corectl profile list"))
@output_options
def list_() -> None:
    """List the profiles; * marks the one in use."""
    state = session()
    store = state.store
    rows = [
        {"name": name, "url": p.url, "username": p.username, "current": name == store.current}
        for name, p in sorted(store.profiles.items())
    ]
    columns = [
        ("", lambda item: "*" if item["current"] else ""),
        ("NAME", field("name")),
        ("URL", field("url")),
        ("USERNAME", field("username")),
    ]
    state.output.rows(rows, columns, id_key="name")


@profile.command(epilog=epilog("corectl profile use prod"))
@click.argument("name")
@output_options
def use(name: str) -> None:
    """Make a profile the one used when no --url or --profile is given."""
    state = session()
    store = state.store
    store.get(name)
    store.current = name
    store.save()
    state.output.done({"current": name}, f"using profile {name}", name)


@profile.command(epilog=epilog("corectl profile rm old"))
@click.argument("name")
@output_options
def rm(name: str) -> None:
    """Remove a profile (its password and tokens with it)."""
    state = session()
    store = state.store
    store.get(name)
    del store.profiles[name]
    if store.current == name:
        store.current = None
    store.save()
    state.output.done({"removed": name}, f"removed profile {name}", name)


@click.command(
    epilog=epilog(
        'eval "$(corectl completion bash)"        # in ~/.bashrc',
        'eval "$(corectl completion zsh)"         # in ~/.zshrc',
        "corectl completion fish > ~/.config/fish/completions/corectl.fish",
    )
)
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish."""
    from click.shell_completion import get_completion_class

    ctx = click.get_current_context()
    root = ctx.find_root().command
    completer = get_completion_class(shell)
    assert completer is not None  # every Choice above is one of click's shells
    click.echo(completer(root, {}, "corectl", "_CORECTL_COMPLETE").source())


commands = [profile, completion]
