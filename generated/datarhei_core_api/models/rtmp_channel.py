from __future__ import annotations

from .. import types as _types


class RTMPChannel(_types.Model):
    """
    Attributes:
        name (str):
    """

    name: str
