from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "action",
        "name",
        "names",
        "ts",
    }
)


@_attrs_define
class MediaEvent:
    """
    Attributes:
        action (str | None):
        name (str | None):
        names (list[str] | None):
        ts (int | None):
    """

    action: str | None = None
    name: str | None = None
    names: list[str] | None = None
    ts: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        action = self.action
        if action is not None:
            field_dict["action"] = action
        name = self.name
        if name is not None:
            field_dict["name"] = name
        names = self.names
        if names is not None:
            field_dict["names"] = names
        elif "names" in self._nulls:
            field_dict["names"] = None
        ts = self.ts
        if ts is not None:
            field_dict["ts"] = ts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.action = get("action")
        model_.name = get("name")
        value = get("names")
        if value is None:
            model_.names = None
            if "names" in src_dict:
                model_._nulls += ("names",)
        else:
            model_.names = value
        model_.ts = get("ts")
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
