from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.iam_user_auth_api import IAMUserAuthAPI
    from ..models.iam_user_auth_services import IAMUserAuthServices


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "api",
        "services",
    }
)

_CONVERT_API = _types.model_of("IAMUserAuthAPI")
_CONVERT_SERVICES = _types.model_of("IAMUserAuthServices")


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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("api")
        if value is None:
            if "api" in src_dict:
                _types.absent(src_dict, "api", False, False, strict, _KNOWN_KEYS)
            model_.api = None
        elif value.__class__ is dict:
            try:
                model_.api = _models.IAMUserAuthAPI._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("api", src_dict) from None
        else:
            model_.api = _types.fit(
                _CONVERT_API, src_dict, "api", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("services")
        if value is None:
            if "services" in src_dict:
                _types.absent(src_dict, "services", False, False, strict, _KNOWN_KEYS)
            model_.services = None
        elif value.__class__ is dict:
            try:
                model_.services = _models.IAMUserAuthServices._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("services", src_dict) from None
        else:
            model_.services = _types.fit(
                _CONVERT_SERVICES, src_dict, "services", value, False, False, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
