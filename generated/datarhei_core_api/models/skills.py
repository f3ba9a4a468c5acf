from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.skills_codecs import SkillsCodecs
    from ..models.skills_devices import SkillsDevices
    from ..models.skills_ffmpeg import SkillsFfmpeg
    from ..models.skills_filter import SkillsFilter
    from ..models.skills_formats import SkillsFormats
    from ..models.skills_hw_accel import SkillsHWAccel
    from ..models.skills_protocols import SkillsProtocols


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
        codecs (SkillsCodecs | None):
        devices (SkillsDevices | None):
        ffmpeg (SkillsFfmpeg | None):
        filter (list[SkillsFilter] | None):
        formats (SkillsFormats | None):
        hwaccels (list[SkillsHWAccel] | None):
        protocols (SkillsProtocols | None):
    """

    codecs: SkillsCodecs | None = None
    devices: SkillsDevices | None = None
    ffmpeg: SkillsFfmpeg | None = None
    filter: list[SkillsFilter] | None = None
    formats: SkillsFormats | None = None
    hwaccels: list[SkillsHWAccel] | None = None
    protocols: SkillsProtocols | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        codecs = self.codecs
        if codecs is not None:
            field_dict["codecs"] = codecs.to_dict()
        devices = self.devices
        if devices is not None:
            field_dict["devices"] = devices.to_dict()
        ffmpeg = self.ffmpeg
        if ffmpeg is not None:
            field_dict["ffmpeg"] = ffmpeg.to_dict()
        filter_ = self.filter
        if filter_ is not None:
            field_dict["filter"] = [item0.to_dict() for item0 in filter_]
        elif "filter" in self._nulls:
            field_dict["filter"] = None
        formats = self.formats
        if formats is not None:
            field_dict["formats"] = formats.to_dict()
        hwaccels = self.hwaccels
        if hwaccels is not None:
            field_dict["hwaccels"] = [item0.to_dict() for item0 in hwaccels]
        elif "hwaccels" in self._nulls:
            field_dict["hwaccels"] = None
        protocols = self.protocols
        if protocols is not None:
            field_dict["protocols"] = protocols.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("codecs")
        model_.codecs = None if value is None else _models.SkillsCodecs.from_dict(value)
        value = get("devices")
        model_.devices = None if value is None else _models.SkillsDevices.from_dict(value)
        value = get("ffmpeg")
        model_.ffmpeg = None if value is None else _models.SkillsFfmpeg.from_dict(value)
        value = get("filter")
        if value is None:
            model_.filter = None
            if "filter" in src_dict:
                model_._nulls += ("filter",)
        else:
            model_.filter = [_models.SkillsFilter.from_dict(item0) for item0 in value]
        value = get("formats")
        model_.formats = None if value is None else _models.SkillsFormats.from_dict(value)
        value = get("hwaccels")
        if value is None:
            model_.hwaccels = None
            if "hwaccels" in src_dict:
                model_._nulls += ("hwaccels",)
        else:
            model_.hwaccels = [_models.SkillsHWAccel.from_dict(item0) for item0 in value]
        value = get("protocols")
        model_.protocols = None if value is None else _models.SkillsProtocols.from_dict(value)
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
