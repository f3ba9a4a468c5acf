from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProbeIO")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bitrate_kbps",
        "channels",
        "codec",
        "coder",
        "duration_sec",
        "format",
        "fps",
        "height",
        "index",
        "language",
        "layout",
        "pix_fmt",
        "sampling_hz",
        "stream",
        "type",
        "url",
        "width",
    }
)


@_attrs_define
class ProbeIO:
    """
    Attributes:
        bitrate_kbps (float | Unset):
        channels (int | Unset):
        codec (str | Unset):
        coder (str | Unset):
        duration_sec (float | Unset):
        format_ (str | Unset):
        fps (float | Unset): video
        height (int | Unset):
        index (int | Unset):
        language (str | Unset):
        layout (str | Unset):
        pix_fmt (str | Unset):
        sampling_hz (int | Unset): audio
        stream (int | Unset):
        type_ (str | Unset):
        url (str | Unset): common
        width (int | Unset):
    """

    bitrate_kbps: float | Unset = UNSET
    channels: int | Unset = UNSET
    codec: str | Unset = UNSET
    coder: str | Unset = UNSET
    duration_sec: float | Unset = UNSET
    format_: str | Unset = UNSET
    fps: float | Unset = UNSET
    height: int | Unset = UNSET
    index: int | Unset = UNSET
    language: str | Unset = UNSET
    layout: str | Unset = UNSET
    pix_fmt: str | Unset = UNSET
    sampling_hz: int | Unset = UNSET
    stream: int | Unset = UNSET
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate_kbps = self.bitrate_kbps

        channels = self.channels

        codec = self.codec

        coder = self.coder

        duration_sec = self.duration_sec

        format_ = self.format_

        fps = self.fps

        height = self.height

        index = self.index

        language = self.language

        layout = self.layout

        pix_fmt = self.pix_fmt

        sampling_hz = self.sampling_hz

        stream = self.stream

        type_ = self.type_

        url = self.url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate_kbps is not UNSET:
            field_dict["bitrate_kbps"] = bitrate_kbps
        if channels is not UNSET:
            field_dict["channels"] = channels
        if codec is not UNSET:
            field_dict["codec"] = codec
        if coder is not UNSET:
            field_dict["coder"] = coder
        if duration_sec is not UNSET:
            field_dict["duration_sec"] = duration_sec
        if format_ is not UNSET:
            field_dict["format"] = format_
        if fps is not UNSET:
            field_dict["fps"] = fps
        if height is not UNSET:
            field_dict["height"] = height
        if index is not UNSET:
            field_dict["index"] = index
        if language is not UNSET:
            field_dict["language"] = language
        if layout is not UNSET:
            field_dict["layout"] = layout
        if pix_fmt is not UNSET:
            field_dict["pix_fmt"] = pix_fmt
        if sampling_hz is not UNSET:
            field_dict["sampling_hz"] = sampling_hz
        if stream is not UNSET:
            field_dict["stream"] = stream
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.bitrate_kbps = get("bitrate_kbps", UNSET)
        model_.channels = get("channels", UNSET)
        model_.codec = get("codec", UNSET)
        model_.coder = get("coder", UNSET)
        model_.duration_sec = get("duration_sec", UNSET)
        model_.format_ = get("format", UNSET)
        model_.fps = get("fps", UNSET)
        model_.height = get("height", UNSET)
        model_.index = get("index", UNSET)
        model_.language = get("language", UNSET)
        model_.layout = get("layout", UNSET)
        model_.pix_fmt = get("pix_fmt", UNSET)
        model_.sampling_hz = get("sampling_hz", UNSET)
        model_.stream = get("stream", UNSET)
        model_.type_ = get("type", UNSET)
        model_.url = get("url", UNSET)
        model_.width = get("width", UNSET)
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
