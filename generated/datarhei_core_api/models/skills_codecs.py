from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_codec import SkillsCodec


T = TypeVar("T", bound="SkillsCodecs")


@_attrs_define
class SkillsCodecs:
    """
    Attributes:
        audio (list[SkillsCodec] | Unset):
        subtitle (list[SkillsCodec] | Unset):
        video (list[SkillsCodec] | Unset):
    """

    audio: list[SkillsCodec] | Unset = UNSET
    subtitle: list[SkillsCodec] | Unset = UNSET
    video: list[SkillsCodec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = []
            for audio_item_data in self.audio:
                audio_item = audio_item_data.to_dict()
                audio.append(audio_item)

        subtitle: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subtitle, Unset):
            subtitle = []
            for subtitle_item_data in self.subtitle:
                subtitle_item = subtitle_item_data.to_dict()
                subtitle.append(subtitle_item)

        video: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = []
            for video_item_data in self.video:
                video_item = video_item_data.to_dict()
                video.append(video_item)

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
        from ..models.skills_codec import SkillsCodec  # noqa: PLC0415

        d = dict(src_dict)
        _audio = d.pop("audio", UNSET)
        audio: list[SkillsCodec] | Unset = UNSET
        if _audio is not UNSET:
            audio = []
            for audio_item_data in _audio:
                audio_item = SkillsCodec.from_dict(audio_item_data)

                audio.append(audio_item)

        _subtitle = d.pop("subtitle", UNSET)
        subtitle: list[SkillsCodec] | Unset = UNSET
        if _subtitle is not UNSET:
            subtitle = []
            for subtitle_item_data in _subtitle:
                subtitle_item = SkillsCodec.from_dict(subtitle_item_data)

                subtitle.append(subtitle_item)

        _video = d.pop("video", UNSET)
        video: list[SkillsCodec] | Unset = UNSET
        if _video is not UNSET:
            video = []
            for video_item_data in _video:
                video_item = SkillsCodec.from_dict(video_item_data)

                video.append(video_item)

        skills_codecs = cls(
            audio=audio,
            subtitle=subtitle,
            video=video,
        )

        skills_codecs.additional_properties = d
        return skills_codecs

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
