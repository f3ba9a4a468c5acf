from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "allow",
        "block",
    }
)


@_attrs_define
class SetConfigApiAccessHttps:
    """
    Attributes:
        allow (list[str] | None):
        block (list[str] | None):
    """

    allow: list[str] | None = None
    block: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        allow = self.allow
        if allow is not None:
            field_dict["allow"] = allow
        elif "allow" in self._nulls:
            field_dict["allow"] = None
        block = self.block
        if block is not None:
            field_dict["block"] = block
        elif "block" in self._nulls:
            field_dict["block"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("allow")
        if value is None:
            model_.allow = None
            if "allow" in src_dict:
                model_._nulls += ("allow",)
        else:
            model_.allow = value
        value = get("block")
        if value is None:
            model_.block = None
            if "block" in src_dict:
                model_._nulls += ("block",)
        else:
            model_.block = value
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
