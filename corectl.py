"""The `corectl` console script (`core_client.cli`), started without httpx's own command line.

httpx's `__init__` imports `httpx._main` (its CLI: click, rich, pygments) whenever those are
installed, as the cli extra installs them: about a fifth of corectl's start-up, for code
corectl never runs. Marking the module as absent before httpx is first imported makes httpx
skip it (its `__init__` expects that ImportError). This module is the script's entry point so
that nothing has imported httpx yet; a program that imports `core_client` is left alone.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# What `pip install 'core-client[cli]'` adds; pip installs the script without them too.
CLI_EXTRA = ("click", "rich", "platformdirs", "yaml")


def main() -> None:
    """Run corectl; without the cli extra, say how to install it (exit 2, nothing sent)."""
    try:
        from core_client.cli import main as run

        run()
    except ModuleNotFoundError as error:
        if error.name not in CLI_EXTRA:
            raise
        print(
            f"corectl: {error.name} is not installed: pip install 'core-client[cli]'",
            file=sys.stderr,
        )
        sys.exit(2)
