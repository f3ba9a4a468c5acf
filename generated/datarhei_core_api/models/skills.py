from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.skills_codecs import SkillsCodecs  # noqa: PLC0415
        from ..models.skills_devices import SkillsDevices  # noqa: PLC0415
        from ..models.skills_ffmpeg import SkillsFfmpeg  # noqa: PLC0415
        from ..models.skills_filter import SkillsFilter  # noqa: PLC0415
        from ..models.skills_formats import SkillsFormats  # noqa: PLC0415
        from ..models.skills_hw_accel import SkillsHWAccel  # noqa: PLC0415
        from ..models.skills_protocols import SkillsProtocols  # noqa: PLC0415

        d = dict(src_dict)
        _codecs = d.pop("codecs", UNSET)
        codecs: SkillsCodecs | Unset
        if isinstance(_codecs, Unset):
            codecs = UNSET
        else:
            codecs = SkillsCodecs.from_dict(_codecs)

        _devices = d.pop("devices", UNSET)
        devices: SkillsDevices | Unset
        if isinstance(_devices, Unset):
            devices = UNSET
        else:
            devices = SkillsDevices.from_dict(_devices)

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: SkillsFfmpeg | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = SkillsFfmpeg.from_dict(_ffmpeg)

        def _parse_filter_(data: object) -> list[SkillsFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filter_type_0 = []
                _filter_type_0 = data
                for filter_type_0_item_data in _filter_type_0:
                    filter_type_0_item = SkillsFilter.from_dict(filter_type_0_item_data)

                    filter_type_0.append(filter_type_0_item)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillsFilter] | None | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        _formats = d.pop("formats", UNSET)
        formats: SkillsFormats | Unset
        if isinstance(_formats, Unset):
            formats = UNSET
        else:
            formats = SkillsFormats.from_dict(_formats)

        def _parse_hwaccels(data: object) -> list[SkillsHWAccel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hwaccels_type_0 = []
                _hwaccels_type_0 = data
                for hwaccels_type_0_item_data in _hwaccels_type_0:
                    hwaccels_type_0_item = SkillsHWAccel.from_dict(hwaccels_type_0_item_data)

                    hwaccels_type_0.append(hwaccels_type_0_item)

                return hwaccels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillsHWAccel] | None | Unset, data)

        hwaccels = _parse_hwaccels(d.pop("hwaccels", UNSET))

        _protocols = d.pop("protocols", UNSET)
        protocols: SkillsProtocols | Unset
        if isinstance(_protocols, Unset):
            protocols = UNSET
        else:
            protocols = SkillsProtocols.from_dict(_protocols)

        skills = cls(
            codecs=codecs,
            devices=devices,
            ffmpeg=ffmpeg,
            filter_=filter_,
            formats=formats,
            hwaccels=hwaccels,
            protocols=protocols,
        )

        skills.additional_properties = d
        return skills

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
