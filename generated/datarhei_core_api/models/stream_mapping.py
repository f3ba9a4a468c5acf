from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.graph_element import GraphElement
    from ..models.graph_mapping import GraphMapping


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "graphs",
        "mapping",
    }
)

_CONVERT_GRAPHS = _types.array_of(_types.model_of("GraphElement"))
_CONVERT_MAPPING = _types.array_of(_types.model_of("GraphMapping"))


@_attrs_define
class StreamMapping:
    """
    Attributes:
        graphs (list[GraphElement] | None):
        mapping (list[GraphMapping] | None):
    """

    graphs: list[GraphElement] | None = None
    mapping: list[GraphMapping] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        graphs = self.graphs
        if graphs is not None:
            field_dict["graphs"] = [item0.to_dict() for item0 in graphs]
        elif "graphs" in self._nulls:
            field_dict["graphs"] = None
        mapping = self.mapping
        if mapping is not None:
            field_dict["mapping"] = [item0.to_dict() for item0 in mapping]
        elif "mapping" in self._nulls:
            field_dict["mapping"] = None
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
        value = get("graphs")
        if value is None:
            model_.graphs = None
            if "graphs" in src_dict:
                model_._nulls += ("graphs",)
        elif value.__class__ is list:
            try:
                model_.graphs = [_models.GraphElement._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("graphs", value, src_dict) from None
        else:
            model_.graphs = _types.fit(
                _CONVERT_GRAPHS, src_dict, "graphs", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("mapping")
        if value is None:
            model_.mapping = None
            if "mapping" in src_dict:
                model_._nulls += ("mapping",)
        elif value.__class__ is list:
            try:
                model_.mapping = [_models.GraphMapping._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("mapping", value, src_dict) from None
        else:
            model_.mapping = _types.fit(
                _CONVERT_MAPPING, src_dict, "mapping", value, False, True, strict, _KNOWN_KEYS
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
