from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_api_access import SetConfigApiAccess
    from ..models.set_config_api_auth import SetConfigApiAuth


T = TypeVar("T", bound="SetConfigApi")


@_attrs_define
class SetConfigApi:
    """
    Attributes:
        access (SetConfigApiAccess | Unset):
        auth (SetConfigApiAuth | Unset):
        read_only (bool | Unset):
    """

    access: SetConfigApiAccess | Unset = UNSET
    auth: SetConfigApiAuth | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if auth is not UNSET:
            field_dict["auth"] = auth
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_config_api_access import SetConfigApiAccess  # noqa: PLC0415
        from ..models.set_config_api_auth import SetConfigApiAuth  # noqa: PLC0415

        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: SetConfigApiAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = SetConfigApiAccess.from_dict(_access)

        _auth = d.pop("auth", UNSET)
        auth: SetConfigApiAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = SetConfigApiAuth.from_dict(_auth)

        read_only = d.pop("read_only", UNSET)

        set_config_api = cls(
            access=access,
            auth=auth,
            read_only=read_only,
        )

        set_config_api.additional_properties = d
        return set_config_api

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
