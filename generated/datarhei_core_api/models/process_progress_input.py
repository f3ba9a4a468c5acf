from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.process_progress_input_a_vstream import ProcessProgressInputAVstream


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "avstream",
        "bitrate",
        "fps",
        "id",
        "type",
    }
)

_CONVERT_AVSTREAM = _types.model_of("ProcessProgressInputAVstream")


@_attrs_define
class ProcessProgressInput:
    """
    Attributes:
        avstream (ProcessProgressInputAVstream | None):
        bitrate (float | None):
        fps (float | None):
        id (str | None):
        type (str | None):
    """

    avstream: ProcessProgressInputAVstream | None = None
    bitrate: float | None = None
    fps: float | None = None
    id: str | None = None
    type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        avstream = self.avstream
        if avstream is not None:
            field_dict["avstream"] = avstream.to_dict()
        bitrate = self.bitrate
        if bitrate is not None:
            field_dict["bitrate"] = bitrate
        fps = self.fps
        if fps is not None:
            field_dict["fps"] = fps
        id = self.id
        if id is not None:
            field_dict["id"] = id
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
        value = get("avstream")
        if value is None:
            if "avstream" in src_dict:
                _types.absent(src_dict, "avstream", False, False, strict, _KNOWN_KEYS)
            model_.avstream = None
        elif value.__class__ is dict:
            try:
                model_.avstream = _models.ProcessProgressInputAVstream._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("avstream", src_dict) from None
        else:
            model_.avstream = _types.fit(
                _CONVERT_AVSTREAM, src_dict, "avstream", value, False, False, strict, _KNOWN_KEYS
            )

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
