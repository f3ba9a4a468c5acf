from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_user_auth_api import IAMUserAuthAPI
    from ..models.iam_user_auth_services import IAMUserAuthServices


T = TypeVar("T", bound="IAMUserAuth")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "api",
        "services",
    }
)


@_attrs_define
class IAMUserAuth:
    """
    Attributes:
        api (IAMUserAuthAPI | Unset):
        services (IAMUserAuthServices | Unset):
    """

    api: IAMUserAuthAPI | Unset = UNSET
    services: IAMUserAuthServices | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.to_dict()

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api is not UNSET:
            field_dict["api"] = api
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("api", UNSET)
        model_.api = value if value is UNSET else _models.IAMUserAuthAPI.from_dict(value)
        value = get("services", UNSET)
        model_.services = value if value is UNSET else _models.IAMUserAuthServices.from_dict(value)
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
