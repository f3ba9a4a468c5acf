from __future__ import annotations

from .. import types as _types
from ..models.process_progress_input import ProcessProgressInput
from ..models.process_progress_output import ProcessProgressOutput


class ProcessProgress(_types.Model):
    """
    Attributes:
        input (list[ProcessProgressInput] | None):
        output (list[ProcessProgressOutput] | None):
        speed (float | None):
        time (float | None):
    """

    input: list[ProcessProgressInput] | None = _types.ABSENT
    output: list[ProcessProgressOutput] | None = _types.ABSENT
    speed: float | None = None
    time: float | None = None

    _TRACKED = (
        "input",
        "output",
    )
    __post_init__ = _types.fill_absent
