from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_policy import IAMPolicy
    from ..models.iam_user_auth import IAMUserAuth


T = TypeVar("T", bound="IAMUser")


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
        from ..models.iam_policy import IAMPolicy  # noqa: PLC0415
        from ..models.iam_user_auth import IAMUserAuth  # noqa: PLC0415

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        _auth = d.pop("auth", UNSET)
        auth: IAMUserAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = IAMUserAuth.from_dict(_auth)

        created_at = d.pop("created_at", UNSET)

        name = d.pop("name", UNSET)

        def _parse_policies(data: object) -> list[IAMPolicy] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                policies_type_0 = []
                _policies_type_0 = data
                for policies_type_0_item_data in _policies_type_0:
                    policies_type_0_item = IAMPolicy.from_dict(policies_type_0_item_data)

                    policies_type_0.append(policies_type_0_item)

                return policies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IAMPolicy] | None | Unset, data)

        policies = _parse_policies(d.pop("policies", UNSET))

        superuser = d.pop("superuser", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        iam_user = cls(
            alias=alias,
            auth=auth,
            created_at=created_at,
            name=name,
            policies=policies,
            superuser=superuser,
            updated_at=updated_at,
        )

        iam_user.additional_properties = d
        return iam_user

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
