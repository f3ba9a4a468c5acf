from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.skills_codec import SkillsCodec


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "audio",
        "subtitle",
        "video",
    }
)

_CONVERT_AUDIO = _types.array_of(_types.model_of("SkillsCodec"))
_CONVERT_SUBTITLE = _types.array_of(_types.model_of("SkillsCodec"))
_CONVERT_VIDEO = _types.array_of(_types.model_of("SkillsCodec"))


@_attrs_define
class SkillsCodecs:
    """
    Attributes:
        audio (list[SkillsCodec] | None):
        subtitle (list[SkillsCodec] | None):
        video (list[SkillsCodec] | None):
    """

    audio: list[SkillsCodec] | None = None
    subtitle: list[SkillsCodec] | None = None
    video: list[SkillsCodec] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        audio = self.audio
        if audio is not None:
            field_dict["audio"] = [item0.to_dict() for item0 in audio]
        elif "audio" in self._nulls:
            field_dict["audio"] = None
        subtitle = self.subtitle
        if subtitle is not None:
            field_dict["subtitle"] = [item0.to_dict() for item0 in subtitle]
        elif "subtitle" in self._nulls:
            field_dict["subtitle"] = None
        video = self.video
        if video is not None:
            field_dict["video"] = [item0.to_dict() for item0 in video]
        elif "video" in self._nulls:
            field_dict["video"] = None
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
        value = get("audio")
        if value is None:
            model_.audio = None
            if "audio" in src_dict:
                model_._nulls += ("audio",)
        elif value.__class__ is list:
            try:
                model_.audio = [_models.SkillsCodec._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("audio", value, src_dict) from None
        else:
            model_.audio = _types.fit(
                _CONVERT_AUDIO, src_dict, "audio", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("subtitle")
        if value is None:
            model_.subtitle = None
            if "subtitle" in src_dict:
                model_._nulls += ("subtitle",)
        elif value.__class__ is list:
            try:
                model_.subtitle = [_models.SkillsCodec._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("subtitle", value, src_dict) from None
        else:
            model_.subtitle = _types.fit(
                _CONVERT_SUBTITLE, src_dict, "subtitle", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("video")
        if value is None:
            model_.video = None
            if "video" in src_dict:
                model_._nulls += ("video",)
        elif value.__class__ is list:
            try:
                model_.video = [_models.SkillsCodec._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("video", value, src_dict) from None
        else:
            model_.video = _types.fit(
                _CONVERT_VIDEO, src_dict, "video", value, False, True, strict, _KNOWN_KEYS
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
