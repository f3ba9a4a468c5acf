"""What a fresh interpreter imports: the cost `import core_client` and corectl put on a user."""

from __future__ import annotations

import subprocess
import sys

from scripts.paths import ROOT


def imported_after(code: str) -> set[str]:
    """The modules a new interpreter has loaded once it ran `code` (in the repository root)."""
    probe = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    output = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return set(output.split())
