"""`corectl iam user ...`: Core's users and their policies (vod)."""

from __future__ import annotations

import click

from .app import epilog, output_options, read_document, session
from .output import field, redacted


@click.group(epilog=epilog("corectl iam user list"))
def iam() -> None:
    """Identity and access management (Core's vod branch)."""


@iam.group(epilog=epilog("corectl iam user list", "corectl iam user add alice.yaml"))
def user() -> None:
    """List, show, add and remove users; their passwords are never printed."""


_COLUMNS = [
    ("NAME", field("name")),
    ("ALIAS", field("alias")),
    ("SUPERUSER", field("superuser")),
    ("POLICIES", lambda item: len(item.get("policies") or [])),
]


@user.command("list", epilog=epilog("corectl iam user list"))
@output_options
def list_() -> None:
    """List the users."""
    state = session()
    found = [redacted(item.to_dict()) for item in state.client.v3_iam_get_user_list()]
    state.output.rows(found, _COLUMNS, id_key="name")


@user.command(epilog=epilog("corectl iam user show alice"))
@click.argument("name")
@output_options
def show(name: str) -> None:
    """Show a user and its policies."""
    state = session()
    state.output.document(redacted(state.client.v3_iam_get_user(name).to_dict()), id_key="name")


@user.command(
    epilog=epilog("corectl iam user add alice.yaml", "corectl iam user add - < alice.json")
)
@click.argument("file", metavar="FILE|-")
@output_options
def add(file: str) -> None:
    """Add a user from a JSON or YAML definition (name, auth, policies)."""
    state = session()
    created = redacted(state.client.v3_iam_post_user(read_document(file)).to_dict())
    name = str(created.get("name", ""))
    state.output.done(created, f"added user {name}", name)


@user.command(epilog=epilog("corectl iam user rm alice"))
@click.argument("name")
@output_options
def rm(name: str) -> None:
    """Remove a user."""
    state = session()
    answer = state.client.v3_iam_delete_user(name)
    state.output.done(answer, f"removed user {name}", name)


commands = [iam]
