"""The `corectl` console script (`core_client.cli`), started without httpx's own command line.

httpx's `__init__` imports `httpx._main` (its CLI: click, rich, pygments) whenever those are
installed, as the cli extra installs them: about a fifth of corectl's start-up, for code
corectl never runs. Marking the module as absent before httpx is first imported makes httpx
skip it (its `__init__` expects that ImportError). This module is the script's entry point so
that nothing has imported httpx yet; a program that imports `core_client` is left alone.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

from core_client.cli import main  # noqa: E402

__all__ = ["main"]
