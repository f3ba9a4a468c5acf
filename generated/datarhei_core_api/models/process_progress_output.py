from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bitrate",
        "fps",
        "id",
        "q",
        "type",
    }
)


@_attrs_define
class ProcessProgressOutput:
    """
    Attributes:
        bitrate (float | None):
        fps (float | None):
        id (str | None):
        q (float | None):
        type (str | None):
    """

    bitrate: float | None = None
    fps: float | None = None
    id: str | None = None
    q: float | None = None
    type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bitrate = self.bitrate
        if bitrate is not None:
            field_dict["bitrate"] = bitrate
        fps = self.fps
        if fps is not None:
            field_dict["fps"] = fps
        id = self.id
        if id is not None:
            field_dict["id"] = id
        q = self.q
        if q is not None:
            field_dict["q"] = q
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
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
        value = get("bitrate")
        if value is None:
            if "bitrate" in src_dict:
                _types.absent(src_dict, "bitrate", False, False, strict, _KNOWN_KEYS)
            model_.bitrate = None
        elif value.__class__ is float or value.__class__ is int:
            model_.bitrate = value
        else:
            model_.bitrate = _types.fit(
                _types.NUMBER, src_dict, "bitrate", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("fps")
        if value is None:
            if "fps" in src_dict:
                _types.absent(src_dict, "fps", False, False, strict, _KNOWN_KEYS)
            model_.fps = None
        elif value.__class__ is float or value.__class__ is int:
            model_.fps = value
        else:
            model_.fps = _types.fit(
                _types.NUMBER, src_dict, "fps", value, False, False, strict, _KNOWN_KEYS
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

        value = get("q")
        if value is None:
            if "q" in src_dict:
                _types.absent(src_dict, "q", False, False, strict, _KNOWN_KEYS)
            model_.q = None
        elif value.__class__ is float or value.__class__ is int:
            model_.q = value
        else:
            model_.q = _types.fit(
                _types.NUMBER, src_dict, "q", value, False, False, strict, _KNOWN_KEYS
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
