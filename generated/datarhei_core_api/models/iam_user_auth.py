from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.iam_user_auth_api import IAMUserAuthAPI
    from ..models.iam_user_auth_services import IAMUserAuthServices


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
        api (IAMUserAuthAPI | None):
        services (IAMUserAuthServices | None):
    """

    api: IAMUserAuthAPI | None = None
    services: IAMUserAuthServices | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        api = self.api
        if api is not None:
            field_dict["api"] = api.to_dict()
        services = self.services
        if services is not None:
            field_dict["services"] = services.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("api")
        model_.api = None if value is None else _models.IAMUserAuthAPI.from_dict(value)
        value = get("services")
        model_.services = None if value is None else _models.IAMUserAuthServices.from_dict(value)
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
