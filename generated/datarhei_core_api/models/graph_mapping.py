from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphMapping")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "copy",
        "id",
        "index",
        "input",
        "name",
        "output",
    }
)


@_attrs_define
class GraphMapping:
    """
    Attributes:
        copy (bool | Unset):
        id (str | Unset):
        index (int | Unset):
        input_ (int | Unset):
        name (str | Unset):
        output (int | Unset):
    """

    copy: bool | Unset = UNSET
    id: str | Unset = UNSET
    index: int | Unset = UNSET
    input_: int | Unset = UNSET
    name: str | Unset = UNSET
    output: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy = self.copy

        id = self.id

        index = self.index

        input_ = self.input_

        name = self.name

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copy is not UNSET:
            field_dict["copy"] = copy
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if input_ is not UNSET:
            field_dict["input"] = input_
        if name is not UNSET:
            field_dict["name"] = name
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.copy = get("copy", UNSET)
        model_.id = get("id", UNSET)
        model_.index = get("index", UNSET)
        model_.input_ = get("input", UNSET)
        model_.name = get("name", UNSET)
        model_.output = get("output", UNSET)
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
