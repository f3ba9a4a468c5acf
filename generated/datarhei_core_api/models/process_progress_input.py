from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_progress_input_a_vstream import ProcessProgressInputAVstream


T = TypeVar("T", bound="ProcessProgressInput")

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
        avstream (ProcessProgressInputAVstream | Unset):
        bitrate (float | Unset):
        fps (float | Unset):
        id (str | Unset):
        type_ (str | Unset):
    """

    avstream: ProcessProgressInputAVstream | Unset = UNSET
    bitrate: float | Unset = UNSET
    fps: float | Unset = UNSET
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avstream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avstream, Unset):
            avstream = self.avstream.to_dict()

        bitrate = self.bitrate

        fps = self.fps

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avstream is not UNSET:
            field_dict["avstream"] = avstream
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if fps is not UNSET:
            field_dict["fps"] = fps
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("avstream", UNSET)
        model_.avstream = (
            value if value is UNSET else _models.ProcessProgressInputAVstream.from_dict(value)
        )
        model_.bitrate = get("bitrate", UNSET)
        model_.fps = get("fps", UNSET)
        model_.id = get("id", UNSET)
        model_.type_ = get("type", UNSET)
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
