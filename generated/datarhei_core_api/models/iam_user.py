from __future__ import annotations

from .. import types as _types
from ..models.iam_policy import IAMPolicy
from ..models.iam_user_auth import IAMUserAuth


class IAMUser(_types.Model):
    """
    Attributes:
        alias (str | None):
        auth (IAMUserAuth | None):
        created_at (int | None):
        name (str | None):
        policies (list[IAMPolicy] | None):
        superuser (bool | None):
        updated_at (int | None):
    """

    alias: str | None = None
    auth: IAMUserAuth | None = None
    created_at: int | None = None
    name: str | None = None
    policies: list[IAMPolicy] | None = _types.ABSENT
    superuser: bool | None = None
    updated_at: int | None = None

    _TRACKED = ("policies",)
    __post_init__ = _types.fill_absent
