from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.iam_policy import IAMPolicy
    from ..models.iam_user_auth import IAMUserAuth


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "alias",
        "auth",
        "created_at",
        "name",
        "policies",
        "superuser",
        "updated_at",
    }
)


@_attrs_define
class IAMUser:
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
    policies: list[IAMPolicy] | None = None
    superuser: bool | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        alias = self.alias
        if alias is not None:
            field_dict["alias"] = alias
        auth = self.auth
        if auth is not None:
            field_dict["auth"] = auth.to_dict()
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        name = self.name
        if name is not None:
            field_dict["name"] = name
        policies = self.policies
        if policies is not None:
            field_dict["policies"] = [item0.to_dict() for item0 in policies]
        elif "policies" in self._nulls:
            field_dict["policies"] = None
        superuser = self.superuser
        if superuser is not None:
            field_dict["superuser"] = superuser
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.alias = get("alias")
        value = get("auth")
        model_.auth = None if value is None else _models.IAMUserAuth.from_dict(value)
        model_.created_at = get("created_at")
        model_.name = get("name")
        value = get("policies")
        if value is None:
            model_.policies = None
            if "policies" in src_dict:
                model_._nulls += ("policies",)
        else:
            model_.policies = [_models.IAMPolicy.from_dict(item0) for item0 in value]
        model_.superuser = get("superuser")
        model_.updated_at = get("updated_at")
        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            model_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
