from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_codecs import SkillsCodecs
    from ..models.skills_devices import SkillsDevices
    from ..models.skills_ffmpeg import SkillsFfmpeg
    from ..models.skills_filter import SkillsFilter
    from ..models.skills_formats import SkillsFormats
    from ..models.skills_hw_accel import SkillsHWAccel
    from ..models.skills_protocols import SkillsProtocols


T = TypeVar("T", bound="Skills")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "codecs",
        "devices",
        "ffmpeg",
        "filter",
        "formats",
        "hwaccels",
        "protocols",
    }
)


@_attrs_define
class Skills:
    """
    Attributes:
        codecs (SkillsCodecs | Unset):
        devices (SkillsDevices | Unset):
        ffmpeg (SkillsFfmpeg | Unset):
        filter_ (list[SkillsFilter] | None | Unset):
        formats (SkillsFormats | Unset):
        hwaccels (list[SkillsHWAccel] | None | Unset):
        protocols (SkillsProtocols | Unset):
    """

    codecs: SkillsCodecs | Unset = UNSET
    devices: SkillsDevices | Unset = UNSET
    ffmpeg: SkillsFfmpeg | Unset = UNSET
    filter_: list[SkillsFilter] | None | Unset = UNSET
    formats: SkillsFormats | Unset = UNSET
    hwaccels: list[SkillsHWAccel] | None | Unset = UNSET
    protocols: SkillsProtocols | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codecs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.codecs, Unset):
            codecs = self.codecs.to_dict()

        devices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices.to_dict()

        ffmpeg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ffmpeg, Unset):
            ffmpeg = self.ffmpeg.to_dict()

        filter_: list[dict[str, Any]] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, list):
            filter_ = []
            for filter_type_0_item_data in self.filter_:
                filter_type_0_item = filter_type_0_item_data.to_dict()
                filter_.append(filter_type_0_item)

        else:
            filter_ = self.filter_

        formats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = self.formats.to_dict()

        hwaccels: list[dict[str, Any]] | None | Unset
        if isinstance(self.hwaccels, Unset):
            hwaccels = UNSET
        elif isinstance(self.hwaccels, list):
            hwaccels = []
            for hwaccels_type_0_item_data in self.hwaccels:
                hwaccels_type_0_item = hwaccels_type_0_item_data.to_dict()
                hwaccels.append(hwaccels_type_0_item)

        else:
            hwaccels = self.hwaccels

        protocols: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocols, Unset):
            protocols = self.protocols.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if devices is not UNSET:
            field_dict["devices"] = devices
        if ffmpeg is not UNSET:
            field_dict["ffmpeg"] = ffmpeg
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if formats is not UNSET:
            field_dict["formats"] = formats
        if hwaccels is not UNSET:
            field_dict["hwaccels"] = hwaccels
        if protocols is not UNSET:
            field_dict["protocols"] = protocols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("codecs", UNSET)
        model_.codecs = value if value is UNSET else _models.SkillsCodecs.from_dict(value)
        value = get("devices", UNSET)
        model_.devices = value if value is UNSET else _models.SkillsDevices.from_dict(value)
        value = get("ffmpeg", UNSET)
        model_.ffmpeg = value if value is UNSET else _models.SkillsFfmpeg.from_dict(value)
        value = get("filter", UNSET)
        model_.filter_ = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsFilter.from_dict(item0) for item0 in value]
            )
        )
        value = get("formats", UNSET)
        model_.formats = value if value is UNSET else _models.SkillsFormats.from_dict(value)
        value = get("hwaccels", UNSET)
        model_.hwaccels = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsHWAccel.from_dict(item0) for item0 in value]
            )
        )
        value = get("protocols", UNSET)
        model_.protocols = value if value is UNSET else _models.SkillsProtocols.from_dict(value)
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
