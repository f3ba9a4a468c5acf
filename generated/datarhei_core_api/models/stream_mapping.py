from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_element import GraphElement
    from ..models.graph_mapping import GraphMapping


T = TypeVar("T", bound="StreamMapping")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "graphs",
        "mapping",
    }
)


@_attrs_define
class StreamMapping:
    """
    Attributes:
        graphs (list[GraphElement] | None | Unset):
        mapping (list[GraphMapping] | None | Unset):
    """

    graphs: list[GraphElement] | None | Unset = UNSET
    mapping: list[GraphMapping] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graphs: list[dict[str, Any]] | None | Unset
        if isinstance(self.graphs, Unset):
            graphs = UNSET
        elif isinstance(self.graphs, list):
            graphs = []
            for graphs_type_0_item_data in self.graphs:
                graphs_type_0_item = graphs_type_0_item_data.to_dict()
                graphs.append(graphs_type_0_item)

        else:
            graphs = self.graphs

        mapping: list[dict[str, Any]] | None | Unset
        if isinstance(self.mapping, Unset):
            mapping = UNSET
        elif isinstance(self.mapping, list):
            mapping = []
            for mapping_type_0_item_data in self.mapping:
                mapping_type_0_item = mapping_type_0_item_data.to_dict()
                mapping.append(mapping_type_0_item)

        else:
            mapping = self.mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if graphs is not UNSET:
            field_dict["graphs"] = graphs
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("graphs", UNSET)
        model_.graphs = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.GraphElement.from_dict(item0) for item0 in value]
            )
        )
        value = get("mapping", UNSET)
        model_.mapping = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.GraphMapping.from_dict(item0) for item0 in value]
            )
        )
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
