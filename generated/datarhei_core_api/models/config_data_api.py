from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.config_data_api_access import ConfigDataApiAccess
    from ..models.config_data_api_auth import ConfigDataApiAuth


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access",
        "auth",
        "read_only",
    }
)

_CONVERT_ACCESS = _types.model_of("ConfigDataApiAccess")
_CONVERT_AUTH = _types.model_of("ConfigDataApiAuth")


@_attrs_define
class ConfigDataApi:
    """
    Attributes:
        access (ConfigDataApiAccess | None):
        auth (ConfigDataApiAuth | None):
        read_only (bool | None):
    """

    access: ConfigDataApiAccess | None = None
    auth: ConfigDataApiAuth | None = None
    read_only: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access = self.access
        if access is not None:
            field_dict["access"] = access.to_dict()
        auth = self.auth
        if auth is not None:
            field_dict["auth"] = auth.to_dict()
        read_only = self.read_only
        if read_only is not None:
            field_dict["read_only"] = read_only
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
        value = get("access")
        if value is None:
            if "access" in src_dict:
                _types.absent(src_dict, "access", False, False, strict, _KNOWN_KEYS)
            model_.access = None
        elif value.__class__ is dict:
            try:
                model_.access = _models.ConfigDataApiAccess._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("access", src_dict) from None
        else:
            model_.access = _types.fit(
                _CONVERT_ACCESS, src_dict, "access", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("auth")
        if value is None:
            if "auth" in src_dict:
                _types.absent(src_dict, "auth", False, False, strict, _KNOWN_KEYS)
            model_.auth = None
        elif value.__class__ is dict:
            try:
                model_.auth = _models.ConfigDataApiAuth._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("auth", src_dict) from None
        else:
            model_.auth = _types.fit(
                _CONVERT_AUTH, src_dict, "auth", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("read_only")
        if value is None:
            if "read_only" in src_dict:
                _types.absent(src_dict, "read_only", False, False, strict, _KNOWN_KEYS)
            model_.read_only = None
        elif value.__class__ is bool:
            model_.read_only = value
        else:
            model_.read_only = _types.fit(
                _types.BOOLEAN, src_dict, "read_only", value, False, False, strict, _KNOWN_KEYS
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
