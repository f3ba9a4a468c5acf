from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        copy (bool | None):
        id (str | None):
        index (int | None):
        input (int | None):
        name (str | None):
        output (int | None):
    """

    copy: bool | None = None
    id: str | None = None
    index: int | None = None
    input: int | None = None
    name: str | None = None
    output: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        copy = self.copy
        if copy is not None:
            field_dict["copy"] = copy
        id = self.id
        if id is not None:
            field_dict["id"] = id
        index = self.index
        if index is not None:
            field_dict["index"] = index
        input_ = self.input
        if input_ is not None:
            field_dict["input"] = input_
        name = self.name
        if name is not None:
            field_dict["name"] = name
        output = self.output
        if output is not None:
            field_dict["output"] = output
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.copy = get("copy")
        model_.id = get("id")
        model_.index = get("index")
        model_.input = get("input")
        model_.name = get("name")
        model_.output = get("output")
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
