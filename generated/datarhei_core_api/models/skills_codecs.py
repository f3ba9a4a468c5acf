from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_codec import SkillsCodec


T = TypeVar("T", bound="SkillsCodecs")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "audio",
        "subtitle",
        "video",
    }
)


@_attrs_define
class SkillsCodecs:
    """
    Attributes:
        audio (list[SkillsCodec] | None | Unset):
        subtitle (list[SkillsCodec] | None | Unset):
        video (list[SkillsCodec] | None | Unset):
    """

    audio: list[SkillsCodec] | None | Unset = UNSET
    subtitle: list[SkillsCodec] | None | Unset = UNSET
    video: list[SkillsCodec] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio: list[dict[str, Any]] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, list):
            audio = []
            for audio_type_0_item_data in self.audio:
                audio_type_0_item = audio_type_0_item_data.to_dict()
                audio.append(audio_type_0_item)

        else:
            audio = self.audio

        subtitle: list[dict[str, Any]] | None | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        elif isinstance(self.subtitle, list):
            subtitle = []
            for subtitle_type_0_item_data in self.subtitle:
                subtitle_type_0_item = subtitle_type_0_item_data.to_dict()
                subtitle.append(subtitle_type_0_item)

        else:
            subtitle = self.subtitle

        video: list[dict[str, Any]] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, list):
            video = []
            for video_type_0_item_data in self.video:
                video_type_0_item = video_type_0_item_data.to_dict()
                video.append(video_type_0_item)

        else:
            video = self.video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio is not UNSET:
            field_dict["audio"] = audio
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("audio", UNSET)
        model_.audio = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.SkillsCodec.from_dict(item0) for item0 in value]
            )
        )
        value = get("subtitle", UNSET)
        model_.subtitle = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.SkillsCodec.from_dict(item0) for item0 in value]
            )
        )
        value = get("video", UNSET)
        model_.video = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.SkillsCodec.from_dict(item0) for item0 in value]
            )
        )
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
