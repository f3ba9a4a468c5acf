from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphElement")

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
        dst_filter (str | Unset):
        dst_id (str | Unset):
        dst_name (str | Unset):
        filter_ (str | Unset):
        format_ (str | Unset):
        height (int | Unset):
        id (str | Unset):
        index (int | Unset):
        inpad (str | Unset):
        layout (str | Unset):
        name (str | Unset):
        outpad (str | Unset):
        sampling (int | Unset): Hz
        timebase (str | Unset):
        type_ (str | Unset): audio or video
        width (int | Unset):
    """

    dst_filter: str | Unset = UNSET
    dst_id: str | Unset = UNSET
    dst_name: str | Unset = UNSET
    filter_: str | Unset = UNSET
    format_: str | Unset = UNSET
    height: int | Unset = UNSET
    id: str | Unset = UNSET
    index: int | Unset = UNSET
    inpad: str | Unset = UNSET
    layout: str | Unset = UNSET
    name: str | Unset = UNSET
    outpad: str | Unset = UNSET
    sampling: int | Unset = UNSET
    timebase: str | Unset = UNSET
    type_: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dst_filter = self.dst_filter

        dst_id = self.dst_id

        dst_name = self.dst_name

        filter_ = self.filter_

        format_ = self.format_

        height = self.height

        id = self.id

        index = self.index

        inpad = self.inpad

        layout = self.layout

        name = self.name

        outpad = self.outpad

        sampling = self.sampling

        timebase = self.timebase

        type_ = self.type_

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dst_filter is not UNSET:
            field_dict["dst_filter"] = dst_filter
        if dst_id is not UNSET:
            field_dict["dst_id"] = dst_id
        if dst_name is not UNSET:
            field_dict["dst_name"] = dst_name
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if height is not UNSET:
            field_dict["height"] = height
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if inpad is not UNSET:
            field_dict["inpad"] = inpad
        if layout is not UNSET:
            field_dict["layout"] = layout
        if name is not UNSET:
            field_dict["name"] = name
        if outpad is not UNSET:
            field_dict["outpad"] = outpad
        if sampling is not UNSET:
            field_dict["sampling"] = sampling
        if timebase is not UNSET:
            field_dict["timebase"] = timebase
        if type_ is not UNSET:
            field_dict["type"] = type_
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.dst_filter = get("dst_filter", UNSET)
        model_.dst_id = get("dst_id", UNSET)
        model_.dst_name = get("dst_name", UNSET)
        model_.filter_ = get("filter", UNSET)
        model_.format_ = get("format", UNSET)
        model_.height = get("height", UNSET)
        model_.id = get("id", UNSET)
        model_.index = get("index", UNSET)
        model_.inpad = get("inpad", UNSET)
        model_.layout = get("layout", UNSET)
        model_.name = get("name", UNSET)
        model_.outpad = get("outpad", UNSET)
        model_.sampling = get("sampling", UNSET)
        model_.timebase = get("timebase", UNSET)
        model_.type_ = get("type", UNSET)
        model_.width = get("width", UNSET)
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
