from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_element import GraphElement
    from ..models.graph_mapping import GraphMapping


T = TypeVar("T", bound="StreamMapping")


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
        from ..models.graph_element import GraphElement  # noqa: PLC0415
        from ..models.graph_mapping import GraphMapping  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_graphs(data: object) -> list[GraphElement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                graphs_type_0 = []
                _graphs_type_0 = data
                for graphs_type_0_item_data in _graphs_type_0:
                    graphs_type_0_item = GraphElement.from_dict(graphs_type_0_item_data)

                    graphs_type_0.append(graphs_type_0_item)

                return graphs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GraphElement] | None | Unset, data)

        graphs = _parse_graphs(d.pop("graphs", UNSET))

        def _parse_mapping(data: object) -> list[GraphMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mapping_type_0 = []
                _mapping_type_0 = data
                for mapping_type_0_item_data in _mapping_type_0:
                    mapping_type_0_item = GraphMapping.from_dict(mapping_type_0_item_data)

                    mapping_type_0.append(mapping_type_0_item)

                return mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GraphMapping] | None | Unset, data)

        mapping = _parse_mapping(d.pop("mapping", UNSET))

        stream_mapping = cls(
            graphs=graphs,
            mapping=mapping,
        )

        stream_mapping.additional_properties = d
        return stream_mapping

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
