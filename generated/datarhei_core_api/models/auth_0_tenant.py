from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "audience",
        "clientid",
        "domain",
        "users",
    }
)


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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.audience = get("audience")
        model_.clientid = get("clientid")
        model_.domain = get("domain")
        value = get("users")
        if value is None:
            model_.users = None
            if "users" in src_dict:
                model_._nulls += ("users",)
        else:
            model_.users = value
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
