from __future__ import annotations

from .. import types as _types


class IAMAuth0Tenant(_types.Model):
    """
    Attributes:
        audience (str | None):
        client_id (str | None):
        domain (str | None):
    """

    audience: str | None = None
    client_id: str | None = None
    domain: str | None = None
