from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "decoders",
        "encoders",
    }
)


@_attrs_define
class SkillsCodec:
    """
    Attributes:
        id (str):
        name (str):
        decoders (list[str] | None):
        encoders (list[str] | None):
    """

    id: str
    name: str
    decoders: list[str] | None = None
    encoders: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        name = self.name
        field_dict["name"] = name
        decoders = self.decoders
        if decoders is not None:
            field_dict["decoders"] = decoders
        elif "decoders" in self._nulls:
            field_dict["decoders"] = None
        encoders = self.encoders
        if encoders is not None:
            field_dict["encoders"] = encoders
        elif "encoders" in self._nulls:
            field_dict["encoders"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.id = src_dict["id"]
        model_.name = src_dict["name"]
        value = get("decoders")
        if value is None:
            model_.decoders = None
            if "decoders" in src_dict:
                model_._nulls += ("decoders",)
        else:
            model_.decoders = value
        value = get("encoders")
        if value is None:
            model_.encoders = None
            if "encoders" in src_dict:
                model_._nulls += ("encoders",)
        else:
            model_.encoders = value
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
