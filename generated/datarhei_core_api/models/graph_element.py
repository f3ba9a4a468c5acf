from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "dst_filter",
        "dst_id",
        "dst_name",
        "filter",
        "format",
        "height",
        "id",
        "index",
        "inpad",
        "layout",
        "name",
        "outpad",
        "sampling",
        "timebase",
        "type",
        "width",
    }
)


@_attrs_define
class GraphElement:
    """
    Attributes:
        dst_filter (str | None):
        dst_id (str | None):
        dst_name (str | None):
        filter (str | None):
        format (str | None):
        height (int | None):
        id (str | None):
        index (int | None):
        inpad (str | None):
        layout (str | None):
        name (str | None):
        outpad (str | None):
        sampling (int | None): Hz
        timebase (str | None):
        type (str | None): audio or video
        width (int | None):
    """

    dst_filter: str | None = None
    dst_id: str | None = None
    dst_name: str | None = None
    filter: str | None = None
    format: str | None = None
    height: int | None = None
    id: str | None = None
    index: int | None = None
    inpad: str | None = None
    layout: str | None = None
    name: str | None = None
    outpad: str | None = None
    sampling: int | None = None
    timebase: str | None = None
    type: str | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        dst_filter = self.dst_filter
        if dst_filter is not None:
            field_dict["dst_filter"] = dst_filter
        dst_id = self.dst_id
        if dst_id is not None:
            field_dict["dst_id"] = dst_id
        dst_name = self.dst_name
        if dst_name is not None:
            field_dict["dst_name"] = dst_name
        filter_ = self.filter
        if filter_ is not None:
            field_dict["filter"] = filter_
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        height = self.height
        if height is not None:
            field_dict["height"] = height
        id = self.id
        if id is not None:
            field_dict["id"] = id
        index = self.index
        if index is not None:
            field_dict["index"] = index
        inpad = self.inpad
        if inpad is not None:
            field_dict["inpad"] = inpad
        layout = self.layout
        if layout is not None:
            field_dict["layout"] = layout
        name = self.name
        if name is not None:
            field_dict["name"] = name
        outpad = self.outpad
        if outpad is not None:
            field_dict["outpad"] = outpad
        sampling = self.sampling
        if sampling is not None:
            field_dict["sampling"] = sampling
        timebase = self.timebase
        if timebase is not None:
            field_dict["timebase"] = timebase
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        width = self.width
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.dst_filter = get("dst_filter")
        model_.dst_id = get("dst_id")
        model_.dst_name = get("dst_name")
        model_.filter = get("filter")
        model_.format = get("format")
        model_.height = get("height")
        model_.id = get("id")
        model_.index = get("index")
        model_.inpad = get("inpad")
        model_.layout = get("layout")
        model_.name = get("name")
        model_.outpad = get("outpad")
        model_.sampling = get("sampling")
        model_.timebase = get("timebase")
        model_.type = get("type")
        model_.width = get("width")
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
