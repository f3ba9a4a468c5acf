from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "actions",
        "domain",
        "name",
        "resource",
        "types",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_ACTIONS = _types.array_of(_types.STRING)
_CONVERT_TYPES = _types.array_of(_types.STRING)


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
        value = get("actions")
        if value is None:
            model_.actions = None
            if "actions" in src_dict:
                model_._nulls += ("actions",)
        elif _types.listed(value, _STRING):
            model_.actions = value
        else:
            model_.actions = _types.fit(
                _CONVERT_ACTIONS, src_dict, "actions", value, False, True, strict, _KNOWN_KEYS
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

        value = get("resource")
        if value is None:
            if "resource" in src_dict:
                _types.absent(src_dict, "resource", False, False, strict, _KNOWN_KEYS)
            model_.resource = None
        elif value.__class__ is str:
            model_.resource = value
        else:
            model_.resource = _types.fit(
                _types.STRING, src_dict, "resource", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("types")
        if value is None:
            model_.types = None
            if "types" in src_dict:
                model_._nulls += ("types",)
        elif _types.listed(value, _STRING):
            model_.types = value
        else:
            model_.types = _types.fit(
                _CONVERT_TYPES, src_dict, "types", value, False, True, strict, _KNOWN_KEYS
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
