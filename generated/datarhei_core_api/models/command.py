from __future__ import annotations

from .. import types as _types
from ..models.command_command import CommandCommand


class Command(_types.Model):
    """
    Attributes:
        command (CommandCommand):
    """

    command: CommandCommand
