from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "actions",
        "domain",
        "name",
        "resource",
        "types",
    }
)


@_attrs_define
class IAMPolicy:
    """
    Attributes:
        actions (list[str] | None):
        domain (str | None):
        name (str | None):
        resource (str | None):
        types (list[str] | None):
    """

    actions: list[str] | None = None
    domain: str | None = None
    name: str | None = None
    resource: str | None = None
    types: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        actions = self.actions
        if actions is not None:
            field_dict["actions"] = actions
        elif "actions" in self._nulls:
            field_dict["actions"] = None
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        name = self.name
        if name is not None:
            field_dict["name"] = name
        resource = self.resource
        if resource is not None:
            field_dict["resource"] = resource
        types = self.types
        if types is not None:
            field_dict["types"] = types
        elif "types" in self._nulls:
            field_dict["types"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("actions")
        if value is None:
            model_.actions = None
            if "actions" in src_dict:
                model_._nulls += ("actions",)
        else:
            model_.actions = value
        model_.domain = get("domain")
        model_.name = get("name")
        model_.resource = get("resource")
        value = get("types")
        if value is None:
            model_.types = None
            if "types" in src_dict:
                model_._nulls += ("types",)
        else:
            model_.types = value
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
