from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.iam_auth_0_tenant import IAMAuth0Tenant


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "tenant",
        "user",
    }
)

_CONVERT_TENANT = _types.model_of("IAMAuth0Tenant")


@_attrs_define
class IAMUserAuthAPIAuth0:
    """
    Attributes:
        tenant (IAMAuth0Tenant | None):
        user (str | None):
    """

    tenant: IAMAuth0Tenant | None = None
    user: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        tenant = self.tenant
        if tenant is not None:
            field_dict["tenant"] = tenant.to_dict()
        user = self.user
        if user is not None:
            field_dict["user"] = user
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
        value = get("tenant")
        if value is None:
            if "tenant" in src_dict:
                _types.absent(src_dict, "tenant", False, False, strict, _KNOWN_KEYS)
            model_.tenant = None
        elif value.__class__ is dict:
            try:
                model_.tenant = _models.IAMAuth0Tenant._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("tenant", src_dict) from None
        else:
            model_.tenant = _types.fit(
                _CONVERT_TENANT, src_dict, "tenant", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("user")
        if value is None:
            if "user" in src_dict:
                _types.absent(src_dict, "user", False, False, strict, _KNOWN_KEYS)
            model_.user = None
        elif value.__class__ is str:
            model_.user = value
        else:
            model_.user = _types.fit(
                _types.STRING, src_dict, "user", value, False, False, strict, _KNOWN_KEYS
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
