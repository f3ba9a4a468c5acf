from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        value = get("copy")
        if value is None:
            if "copy" in src_dict:
                _types.absent(src_dict, "copy", False, False, strict, _KNOWN_KEYS)
            model_.copy = None
        elif value.__class__ is bool:
            model_.copy = value
        else:
            model_.copy = _types.fit(
                _types.BOOLEAN, src_dict, "copy", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("index")
        if value is None:
            if "index" in src_dict:
                _types.absent(src_dict, "index", False, False, strict, _KNOWN_KEYS)
            model_.index = None
        elif value.__class__ is int:
            model_.index = value
        else:
            model_.index = _types.fit(
                _types.INTEGER, src_dict, "index", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("input")
        if value is None:
            if "input" in src_dict:
                _types.absent(src_dict, "input", False, False, strict, _KNOWN_KEYS)
            model_.input = None
        elif value.__class__ is int:
            model_.input = value
        else:
            model_.input = _types.fit(
                _types.INTEGER, src_dict, "input", value, False, False, strict, _KNOWN_KEYS
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

        value = get("output")
        if value is None:
            if "output" in src_dict:
                _types.absent(src_dict, "output", False, False, strict, _KNOWN_KEYS)
            model_.output = None
        elif value.__class__ is int:
            model_.output = value
        else:
            model_.output = _types.fit(
                _types.INTEGER, src_dict, "output", value, False, False, strict, _KNOWN_KEYS
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
