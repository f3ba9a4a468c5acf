from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_policy import IAMPolicy
    from ..models.iam_user_auth import IAMUserAuth


T = TypeVar("T", bound="IAMUser")

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
        alias (str | Unset):
        auth (IAMUserAuth | Unset):
        created_at (int | Unset):
        name (str | Unset):
        policies (list[IAMPolicy] | None | Unset):
        superuser (bool | Unset):
        updated_at (int | Unset):
    """

    alias: str | Unset = UNSET
    auth: IAMUserAuth | Unset = UNSET
    created_at: int | Unset = UNSET
    name: str | Unset = UNSET
    policies: list[IAMPolicy] | None | Unset = UNSET
    superuser: bool | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        created_at = self.created_at

        name = self.name

        policies: list[dict[str, Any]] | None | Unset
        if isinstance(self.policies, Unset):
            policies = UNSET
        elif isinstance(self.policies, list):
            policies = []
            for policies_type_0_item_data in self.policies:
                policies_type_0_item = policies_type_0_item_data.to_dict()
                policies.append(policies_type_0_item)

        else:
            policies = self.policies

        superuser = self.superuser

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if auth is not UNSET:
            field_dict["auth"] = auth
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if policies is not UNSET:
            field_dict["policies"] = policies
        if superuser is not UNSET:
            field_dict["superuser"] = superuser
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.alias = get("alias", UNSET)
        value = get("auth", UNSET)
        model_.auth = value if value is UNSET else _models.IAMUserAuth.from_dict(value)
        model_.created_at = get("created_at", UNSET)
        model_.name = get("name", UNSET)
        value = get("policies", UNSET)
        model_.policies = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.IAMPolicy.from_dict(item0) for item0 in value]
            )
        )
        model_.superuser = get("superuser", UNSET)
        model_.updated_at = get("updated_at", UNSET)
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
