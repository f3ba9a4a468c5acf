from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("avstream")
        model_.avstream = (
            None if value is None else _models.ProcessProgressInputAVstream.from_dict(value)
        )
        model_.bitrate = get("bitrate")
        model_.fps = get("fps")
        model_.id = get("id")
        model_.type = get("type")
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
