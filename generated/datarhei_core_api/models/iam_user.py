from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_AUTH = _types.model_of("IAMUserAuth")
_CONVERT_POLICIES = _types.array_of(_types.model_of("IAMPolicy"))


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
        model_._nulls = ()
        value = get("alias")
        if value is None:
            if "alias" in src_dict:
                _types.absent(src_dict, "alias", False, False, strict, _KNOWN_KEYS)
            model_.alias = None
        elif value.__class__ is str:
            model_.alias = value
        else:
            model_.alias = _types.fit(
                _types.STRING, src_dict, "alias", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("auth")
        if value is None:
            if "auth" in src_dict:
                _types.absent(src_dict, "auth", False, False, strict, _KNOWN_KEYS)
            model_.auth = None
        elif value.__class__ is dict:
            try:
                model_.auth = _models.IAMUserAuth._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("auth", src_dict) from None
        else:
            model_.auth = _types.fit(
                _CONVERT_AUTH, src_dict, "auth", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("created_at")
        if value is None:
            if "created_at" in src_dict:
                _types.absent(src_dict, "created_at", False, False, strict, _KNOWN_KEYS)
            model_.created_at = None
        elif value.__class__ is int:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.INTEGER, src_dict, "created_at", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("policies")
        if value is None:
            model_.policies = None
            if "policies" in src_dict:
                model_._nulls += ("policies",)
        elif value.__class__ is list:
            try:
                model_.policies = [_models.IAMPolicy._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("policies", value, src_dict) from None
        else:
            model_.policies = _types.fit(
                _CONVERT_POLICIES, src_dict, "policies", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("superuser")
        if value is None:
            if "superuser" in src_dict:
                _types.absent(src_dict, "superuser", False, False, strict, _KNOWN_KEYS)
            model_.superuser = None
        elif value.__class__ is bool:
            model_.superuser = value
        else:
            model_.superuser = _types.fit(
                _types.BOOLEAN, src_dict, "superuser", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("updated_at")
        if value is None:
            if "updated_at" in src_dict:
                _types.absent(src_dict, "updated_at", False, False, strict, _KNOWN_KEYS)
            model_.updated_at = None
        elif value.__class__ is int:
            model_.updated_at = value
        else:
            model_.updated_at = _types.fit(
                _types.INTEGER, src_dict, "updated_at", value, False, False, strict, _KNOWN_KEYS
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
