from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsCodec")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "decoders",
        "encoders",
        "id",
        "name",
    }
)


@_attrs_define
class SkillsCodec:
    """
    Attributes:
        decoders (list[str] | None | Unset):
        encoders (list[str] | None | Unset):
        id (str | Unset):
        name (str | Unset):
    """

    decoders: list[str] | None | Unset = UNSET
    encoders: list[str] | None | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decoders: list[str] | None | Unset
        if isinstance(self.decoders, Unset):
            decoders = UNSET
        elif isinstance(self.decoders, list):
            decoders = self.decoders

        else:
            decoders = self.decoders

        encoders: list[str] | None | Unset
        if isinstance(self.encoders, Unset):
            encoders = UNSET
        elif isinstance(self.encoders, list):
            encoders = self.encoders

        else:
            encoders = self.encoders

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if decoders is not UNSET:
            field_dict["decoders"] = decoders
        if encoders is not UNSET:
            field_dict["encoders"] = encoders
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.decoders = get("decoders", UNSET)
        model_.encoders = get("encoders", UNSET)
        model_.id = get("id", UNSET)
        model_.name = get("name", UNSET)
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
