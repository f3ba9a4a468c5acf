from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_CODECS = _types.model_of("SkillsCodecs")
_CONVERT_DEVICES = _types.model_of("SkillsDevices")
_CONVERT_FFMPEG = _types.model_of("SkillsFfmpeg")
_CONVERT_FILTER = _types.array_of(_types.model_of("SkillsFilter"))
_CONVERT_FORMATS = _types.model_of("SkillsFormats")
_CONVERT_HWACCELS = _types.array_of(_types.model_of("SkillsHWAccel"))
_CONVERT_PROTOCOLS = _types.model_of("SkillsProtocols")


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
        model_._nulls = ()
        value = get("codecs")
        if value is None:
            if "codecs" in src_dict:
                _types.absent(src_dict, "codecs", False, False, strict, _KNOWN_KEYS)
            model_.codecs = None
        elif value.__class__ is dict:
            try:
                model_.codecs = _models.SkillsCodecs._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("codecs", src_dict) from None
        else:
            model_.codecs = _types.fit(
                _CONVERT_CODECS, src_dict, "codecs", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("devices")
        if value is None:
            if "devices" in src_dict:
                _types.absent(src_dict, "devices", False, False, strict, _KNOWN_KEYS)
            model_.devices = None
        elif value.__class__ is dict:
            try:
                model_.devices = _models.SkillsDevices._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("devices", src_dict) from None
        else:
            model_.devices = _types.fit(
                _CONVERT_DEVICES, src_dict, "devices", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("ffmpeg")
        if value is None:
            if "ffmpeg" in src_dict:
                _types.absent(src_dict, "ffmpeg", False, False, strict, _KNOWN_KEYS)
            model_.ffmpeg = None
        elif value.__class__ is dict:
            try:
                model_.ffmpeg = _models.SkillsFfmpeg._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("ffmpeg", src_dict) from None
        else:
            model_.ffmpeg = _types.fit(
                _CONVERT_FFMPEG, src_dict, "ffmpeg", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("filter")
        if value is None:
            model_.filter = None
            if "filter" in src_dict:
                model_._nulls += ("filter",)
        elif value.__class__ is list:
            try:
                model_.filter = [_models.SkillsFilter._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("filter", value, src_dict) from None
        else:
            model_.filter = _types.fit(
                _CONVERT_FILTER, src_dict, "filter", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("formats")
        if value is None:
            if "formats" in src_dict:
                _types.absent(src_dict, "formats", False, False, strict, _KNOWN_KEYS)
            model_.formats = None
        elif value.__class__ is dict:
            try:
                model_.formats = _models.SkillsFormats._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("formats", src_dict) from None
        else:
            model_.formats = _types.fit(
                _CONVERT_FORMATS, src_dict, "formats", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("hwaccels")
        if value is None:
            model_.hwaccels = None
            if "hwaccels" in src_dict:
                model_._nulls += ("hwaccels",)
        elif value.__class__ is list:
            try:
                model_.hwaccels = [_models.SkillsHWAccel._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("hwaccels", value, src_dict) from None
        else:
            model_.hwaccels = _types.fit(
                _CONVERT_HWACCELS, src_dict, "hwaccels", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("protocols")
        if value is None:
            if "protocols" in src_dict:
                _types.absent(src_dict, "protocols", False, False, strict, _KNOWN_KEYS)
            model_.protocols = None
        elif value.__class__ is dict:
            try:
                model_.protocols = _models.SkillsProtocols._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("protocols", src_dict) from None
        else:
            model_.protocols = _types.fit(
                _CONVERT_PROTOCOLS, src_dict, "protocols", value, False, False, strict, _KNOWN_KEYS
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
