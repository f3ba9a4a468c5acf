from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        bitrate_kbps (float | None):
        channels (int | None):
        codec (str | None):
        coder (str | None):
        duration_sec (float | None):
        format (str | None):
        fps (float | None): video
        height (int | None):
        index (int | None):
        language (str | None):
        layout (str | None):
        pix_fmt (str | None):
        sampling_hz (int | None): audio
        stream (int | None):
        type (str | None):
        url (str | None): common
        width (int | None):
    """

    bitrate_kbps: float | None = None
    channels: int | None = None
    codec: str | None = None
    coder: str | None = None
    duration_sec: float | None = None
    format: str | None = None
    fps: float | None = None
    height: int | None = None
    index: int | None = None
    language: str | None = None
    layout: str | None = None
    pix_fmt: str | None = None
    sampling_hz: int | None = None
    stream: int | None = None
    type: str | None = None
    url: str | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bitrate_kbps = self.bitrate_kbps
        if bitrate_kbps is not None:
            field_dict["bitrate_kbps"] = bitrate_kbps
        channels = self.channels
        if channels is not None:
            field_dict["channels"] = channels
        codec = self.codec
        if codec is not None:
            field_dict["codec"] = codec
        coder = self.coder
        if coder is not None:
            field_dict["coder"] = coder
        duration_sec = self.duration_sec
        if duration_sec is not None:
            field_dict["duration_sec"] = duration_sec
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        fps = self.fps
        if fps is not None:
            field_dict["fps"] = fps
        height = self.height
        if height is not None:
            field_dict["height"] = height
        index = self.index
        if index is not None:
            field_dict["index"] = index
        language = self.language
        if language is not None:
            field_dict["language"] = language
        layout = self.layout
        if layout is not None:
            field_dict["layout"] = layout
        pix_fmt = self.pix_fmt
        if pix_fmt is not None:
            field_dict["pix_fmt"] = pix_fmt
        sampling_hz = self.sampling_hz
        if sampling_hz is not None:
            field_dict["sampling_hz"] = sampling_hz
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        url = self.url
        if url is not None:
            field_dict["url"] = url
        width = self.width
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.bitrate_kbps = get("bitrate_kbps")
        model_.channels = get("channels")
        model_.codec = get("codec")
        model_.coder = get("coder")
        model_.duration_sec = get("duration_sec")
        model_.format = get("format")
        model_.fps = get("fps")
        model_.height = get("height")
        model_.index = get("index")
        model_.language = get("language")
        model_.layout = get("layout")
        model_.pix_fmt = get("pix_fmt")
        model_.sampling_hz = get("sampling_hz")
        model_.stream = get("stream")
        model_.type = get("type")
        model_.url = get("url")
        model_.width = get("width")
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
