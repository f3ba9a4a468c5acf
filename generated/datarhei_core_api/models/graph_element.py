from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        value = get("dst_filter")
        if value is None:
            if "dst_filter" in src_dict:
                _types.absent(src_dict, "dst_filter", False, False, strict, _KNOWN_KEYS)
            model_.dst_filter = None
        elif value.__class__ is str:
            model_.dst_filter = value
        else:
            model_.dst_filter = _types.fit(
                _types.STRING, src_dict, "dst_filter", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("dst_id")
        if value is None:
            if "dst_id" in src_dict:
                _types.absent(src_dict, "dst_id", False, False, strict, _KNOWN_KEYS)
            model_.dst_id = None
        elif value.__class__ is str:
            model_.dst_id = value
        else:
            model_.dst_id = _types.fit(
                _types.STRING, src_dict, "dst_id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("dst_name")
        if value is None:
            if "dst_name" in src_dict:
                _types.absent(src_dict, "dst_name", False, False, strict, _KNOWN_KEYS)
            model_.dst_name = None
        elif value.__class__ is str:
            model_.dst_name = value
        else:
            model_.dst_name = _types.fit(
                _types.STRING, src_dict, "dst_name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("filter")
        if value is None:
            if "filter" in src_dict:
                _types.absent(src_dict, "filter", False, False, strict, _KNOWN_KEYS)
            model_.filter = None
        elif value.__class__ is str:
            model_.filter = value
        else:
            model_.filter = _types.fit(
                _types.STRING, src_dict, "filter", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("format")
        if value is None:
            if "format" in src_dict:
                _types.absent(src_dict, "format", False, False, strict, _KNOWN_KEYS)
            model_.format = None
        elif value.__class__ is str:
            model_.format = value
        else:
            model_.format = _types.fit(
                _types.STRING, src_dict, "format", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("height")
        if value is None:
            if "height" in src_dict:
                _types.absent(src_dict, "height", False, False, strict, _KNOWN_KEYS)
            model_.height = None
        elif value.__class__ is int:
            model_.height = value
        else:
            model_.height = _types.fit(
                _types.INTEGER, src_dict, "height", value, False, False, strict, _KNOWN_KEYS
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

        value = get("inpad")
        if value is None:
            if "inpad" in src_dict:
                _types.absent(src_dict, "inpad", False, False, strict, _KNOWN_KEYS)
            model_.inpad = None
        elif value.__class__ is str:
            model_.inpad = value
        else:
            model_.inpad = _types.fit(
                _types.STRING, src_dict, "inpad", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("layout")
        if value is None:
            if "layout" in src_dict:
                _types.absent(src_dict, "layout", False, False, strict, _KNOWN_KEYS)
            model_.layout = None
        elif value.__class__ is str:
            model_.layout = value
        else:
            model_.layout = _types.fit(
                _types.STRING, src_dict, "layout", value, False, False, strict, _KNOWN_KEYS
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

        value = get("outpad")
        if value is None:
            if "outpad" in src_dict:
                _types.absent(src_dict, "outpad", False, False, strict, _KNOWN_KEYS)
            model_.outpad = None
        elif value.__class__ is str:
            model_.outpad = value
        else:
            model_.outpad = _types.fit(
                _types.STRING, src_dict, "outpad", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sampling")
        if value is None:
            if "sampling" in src_dict:
                _types.absent(src_dict, "sampling", False, False, strict, _KNOWN_KEYS)
            model_.sampling = None
        elif value.__class__ is int:
            model_.sampling = value
        else:
            model_.sampling = _types.fit(
                _types.INTEGER, src_dict, "sampling", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("timebase")
        if value is None:
            if "timebase" in src_dict:
                _types.absent(src_dict, "timebase", False, False, strict, _KNOWN_KEYS)
            model_.timebase = None
        elif value.__class__ is str:
            model_.timebase = value
        else:
            model_.timebase = _types.fit(
                _types.STRING, src_dict, "timebase", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("type")
        if value is None:
            if "type" in src_dict:
                _types.absent(src_dict, "type", False, False, strict, _KNOWN_KEYS)
            model_.type = None
        elif value.__class__ is str:
            model_.type = value
        else:
            model_.type = _types.fit(
                _types.STRING, src_dict, "type", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("width")
        if value is None:
            if "width" in src_dict:
                _types.absent(src_dict, "width", False, False, strict, _KNOWN_KEYS)
            model_.width = None
        elif value.__class__ is int:
            model_.width = value
        else:
            model_.width = _types.fit(
                _types.INTEGER, src_dict, "width", value, False, False, strict, _KNOWN_KEYS
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
