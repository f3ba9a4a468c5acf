from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "audience",
        "clientid",
        "domain",
        "users",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_USERS = _types.array_of(_types.STRING)


@_attrs_define
class Auth0Tenant:
    """
    Attributes:
        audience (str | None):
        clientid (str | None):
        domain (str | None):
        users (list[str] | None):
    """

    audience: str | None = None
    clientid: str | None = None
    domain: str | None = None
    users: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        audience = self.audience
        if audience is not None:
            field_dict["audience"] = audience
        clientid = self.clientid
        if clientid is not None:
            field_dict["clientid"] = clientid
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        users = self.users
        if users is not None:
            field_dict["users"] = users
        elif "users" in self._nulls:
            field_dict["users"] = None
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
        value = get("audience")
        if value is None:
            if "audience" in src_dict:
                _types.absent(src_dict, "audience", False, False, strict, _KNOWN_KEYS)
            model_.audience = None
        elif value.__class__ is str:
            model_.audience = value
        else:
            model_.audience = _types.fit(
                _types.STRING, src_dict, "audience", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("clientid")
        if value is None:
            if "clientid" in src_dict:
                _types.absent(src_dict, "clientid", False, False, strict, _KNOWN_KEYS)
            model_.clientid = None
        elif value.__class__ is str:
            model_.clientid = value
        else:
            model_.clientid = _types.fit(
                _types.STRING, src_dict, "clientid", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("domain")
        if value is None:
            if "domain" in src_dict:
                _types.absent(src_dict, "domain", False, False, strict, _KNOWN_KEYS)
            model_.domain = None
        elif value.__class__ is str:
            model_.domain = value
        else:
            model_.domain = _types.fit(
                _types.STRING, src_dict, "domain", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("users")
        if value is None:
            model_.users = None
            if "users" in src_dict:
                model_._nulls += ("users",)
        elif _types.listed(value, _STRING):
            model_.users = value
        else:
            model_.users = _types.fit(
                _CONVERT_USERS, src_dict, "users", value, False, True, strict, _KNOWN_KEYS
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
