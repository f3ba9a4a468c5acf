from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bitrate_kbps",
        "codec",
        "coder",
        "duration_sec",
        "format",
        "index",
        "language",
        "stream",
        "type",
        "url",
        "channels",
        "fps",
        "height",
        "layout",
        "pix_fmt",
        "sampling_hz",
        "width",
    }
)


@_attrs_define
class ProbeIO:
    """
    Attributes:
        bitrate_kbps (float):
        codec (str):
        coder (str):
        duration_sec (float):
        format (str):
        index (int):
        language (str):
        stream (int):
        type (str):
        url (str): common
        channels (int | None):
        fps (float | None): video
        height (int | None):
        layout (str | None):
        pix_fmt (str | None):
        sampling_hz (int | None): audio
        width (int | None):
    """

    bitrate_kbps: float
    codec: str
    coder: str
    duration_sec: float
    format: str
    index: int
    language: str
    stream: int
    type: str
    url: str
    channels: int | None = None
    fps: float | None = None
    height: int | None = None
    layout: str | None = None
    pix_fmt: str | None = None
    sampling_hz: int | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bitrate_kbps = self.bitrate_kbps
        field_dict["bitrate_kbps"] = bitrate_kbps
        codec = self.codec
        field_dict["codec"] = codec
        coder = self.coder
        field_dict["coder"] = coder
        duration_sec = self.duration_sec
        field_dict["duration_sec"] = duration_sec
        format_ = self.format
        field_dict["format"] = format_
        index = self.index
        field_dict["index"] = index
        language = self.language
        field_dict["language"] = language
        stream = self.stream
        field_dict["stream"] = stream
        type_ = self.type
        field_dict["type"] = type_
        url = self.url
        field_dict["url"] = url
        channels = self.channels
        if channels is not None:
            field_dict["channels"] = channels
        fps = self.fps
        if fps is not None:
            field_dict["fps"] = fps
        height = self.height
        if height is not None:
            field_dict["height"] = height
        layout = self.layout
        if layout is not None:
            field_dict["layout"] = layout
        pix_fmt = self.pix_fmt
        if pix_fmt is not None:
            field_dict["pix_fmt"] = pix_fmt
        sampling_hz = self.sampling_hz
        if sampling_hz is not None:
            field_dict["sampling_hz"] = sampling_hz
        width = self.width
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.bitrate_kbps = src_dict["bitrate_kbps"]
        model_.codec = src_dict["codec"]
        model_.coder = src_dict["coder"]
        model_.duration_sec = src_dict["duration_sec"]
        model_.format = src_dict["format"]
        model_.index = src_dict["index"]
        model_.language = src_dict["language"]
        model_.stream = src_dict["stream"]
        model_.type = src_dict["type"]
        model_.url = src_dict["url"]
        model_.channels = get("channels")
        model_.fps = get("fps")
        model_.height = get("height")
        model_.layout = get("layout")
        model_.pix_fmt = get("pix_fmt")
        model_.sampling_hz = get("sampling_hz")
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
