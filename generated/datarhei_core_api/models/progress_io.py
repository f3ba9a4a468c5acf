from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.a_vstream import AVstream
    from ..models.progress_io_framerate import ProgressIOFramerate
    from ..models.progress_io_tee import ProgressIOTee


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "bitrate_kbit",
        "codec",
        "coder",
        "format",
        "fps",
        "frame",
        "id",
        "index",
        "packet",
        "pps",
        "size_kb",
        "stream",
        "type",
        "avstream",
        "channels",
        "extradata_size_bytes",
        "framerate",
        "height",
        "keyframe",
        "layout",
        "level",
        "pix_fmt",
        "profile",
        "q",
        "sample_fmt",
        "sampling_hz",
        "tee",
        "width",
    }
)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ProgressIO:
    """
    Attributes:
        address (str):
        bitrate_kbit (float): kbit/s
        codec (str):
        coder (str):
        format (str):
        fps (float):
        frame (int):
        id (str):
        index (int): General
        packet (int):
        pps (float):
        size_kb (int): kbytes
        stream (int):
        type (str):
        avstream (AVstream | None): avstream
        channels (int | None):
        extradata_size_bytes (int | None): bytes
        framerate (ProgressIOFramerate | None):
        height (int | None):
        keyframe (int | None):
        layout (str | None):
        level (int | None):
        pix_fmt (str | None): Video
        profile (int | None):
        q (float | None):
        sample_fmt (str | None): Audio
        sampling_hz (int | None):
        tee (list[ProgressIOTee] | None): Format specific
        width (int | None):
    """

    address: str = _attrs_field(repr=_without_userinfo)
    bitrate_kbit: float
    codec: str
    coder: str
    format: str
    fps: float
    frame: int
    id: str
    index: int
    packet: int
    pps: float
    size_kb: int
    stream: int
    type: str
    avstream: AVstream | None = None
    channels: int | None = None
    extradata_size_bytes: int | None = None
    framerate: ProgressIOFramerate | None = None
    height: int | None = None
    keyframe: int | None = None
    layout: str | None = None
    level: int | None = None
    pix_fmt: str | None = None
    profile: int | None = None
    q: float | None = None
    sample_fmt: str | None = None
    sampling_hz: int | None = None
    tee: list[ProgressIOTee] | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        field_dict["address"] = address
        bitrate_kbit = self.bitrate_kbit
        field_dict["bitrate_kbit"] = bitrate_kbit
        codec = self.codec
        field_dict["codec"] = codec
        coder = self.coder
        field_dict["coder"] = coder
        format_ = self.format
        field_dict["format"] = format_
        fps = self.fps
        field_dict["fps"] = fps
        frame = self.frame
        field_dict["frame"] = frame
        id = self.id
        field_dict["id"] = id
        index = self.index
        field_dict["index"] = index
        packet = self.packet
        field_dict["packet"] = packet
        pps = self.pps
        field_dict["pps"] = pps
        size_kb = self.size_kb
        field_dict["size_kb"] = size_kb
        stream = self.stream
        field_dict["stream"] = stream
        type_ = self.type
        field_dict["type"] = type_
        avstream = self.avstream
        if avstream is not None:
            field_dict["avstream"] = avstream.to_dict()
        elif "avstream" in self._nulls:
            field_dict["avstream"] = None
        channels = self.channels
        if channels is not None:
            field_dict["channels"] = channels
        extradata_size_bytes = self.extradata_size_bytes
        if extradata_size_bytes is not None:
            field_dict["extradata_size_bytes"] = extradata_size_bytes
        framerate = self.framerate
        if framerate is not None:
            field_dict["framerate"] = framerate.to_dict()
        height = self.height
        if height is not None:
            field_dict["height"] = height
        keyframe = self.keyframe
        if keyframe is not None:
            field_dict["keyframe"] = keyframe
        layout = self.layout
        if layout is not None:
            field_dict["layout"] = layout
        level = self.level
        if level is not None:
            field_dict["level"] = level
        pix_fmt = self.pix_fmt
        if pix_fmt is not None:
            field_dict["pix_fmt"] = pix_fmt
        profile = self.profile
        if profile is not None:
            field_dict["profile"] = profile
        q = self.q
        if q is not None:
            field_dict["q"] = q
        sample_fmt = self.sample_fmt
        if sample_fmt is not None:
            field_dict["sample_fmt"] = sample_fmt
        sampling_hz = self.sampling_hz
        if sampling_hz is not None:
            field_dict["sampling_hz"] = sampling_hz
        tee = self.tee
        if tee is not None:
            field_dict["tee"] = [item0.to_dict() for item0 in tee]
        elif "tee" in self._nulls:
            field_dict["tee"] = None
        width = self.width
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.address = src_dict["address"]
        model_.bitrate_kbit = src_dict["bitrate_kbit"]
        model_.codec = src_dict["codec"]
        model_.coder = src_dict["coder"]
        model_.format = src_dict["format"]
        model_.fps = src_dict["fps"]
        model_.frame = src_dict["frame"]
        model_.id = src_dict["id"]
        model_.index = src_dict["index"]
        model_.packet = src_dict["packet"]
        model_.pps = src_dict["pps"]
        model_.size_kb = src_dict["size_kb"]
        model_.stream = src_dict["stream"]
        model_.type = src_dict["type"]
        value = get("avstream")
        if value is None:
            model_.avstream = None
            if "avstream" in src_dict:
                model_._nulls += ("avstream",)
        else:
            model_.avstream = _models.AVstream.from_dict(value)
        model_.channels = get("channels")
        model_.extradata_size_bytes = get("extradata_size_bytes")
        value = get("framerate")
        model_.framerate = None if value is None else _models.ProgressIOFramerate.from_dict(value)
        model_.height = get("height")
        model_.keyframe = get("keyframe")
        model_.layout = get("layout")
        model_.level = get("level")
        model_.pix_fmt = get("pix_fmt")
        model_.profile = get("profile")
        model_.q = get("q")
        model_.sample_fmt = get("sample_fmt")
        model_.sampling_hz = get("sampling_hz")
        value = get("tee")
        if value is None:
            model_.tee = None
            if "tee" in src_dict:
                model_._nulls += ("tee",)
        else:
            model_.tee = [_models.ProgressIOTee.from_dict(item0) for item0 in value]
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
