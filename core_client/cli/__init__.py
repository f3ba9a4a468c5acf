"""corectl: the command line for Core operators, built on `core_client.Client`.

Installed with `pip install 'core-client[cli]'`; `import core_client` never imports it.
"""

from __future__ import annotations

from . import cluster, files, iam, process, profile, system
from .app import cli

for _module in (system, process, files, cluster, iam, profile):
    for _command in _module.commands:
        cli.add_command(_command)


def main() -> None:
    """The `corectl` console script."""
    cli.main(prog_name="corectl")


__all__ = ["cli", "main"]
