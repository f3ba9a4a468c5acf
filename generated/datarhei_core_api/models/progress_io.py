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
        "avstream",
        "bitrate_kbit",
        "channels",
        "codec",
        "coder",
        "extradata_size_bytes",
        "format",
        "fps",
        "frame",
        "framerate",
        "height",
        "id",
        "index",
        "keyframe",
        "layout",
        "level",
        "packet",
        "pix_fmt",
        "pps",
        "profile",
        "q",
        "sample_fmt",
        "sampling_hz",
        "size_kb",
        "stream",
        "tee",
        "type",
        "width",
    }
)


@_attrs_define
class ProgressIO:
    """
    Attributes:
        address (str | None):
        avstream (AVstream | None): avstream
        bitrate_kbit (float | None): kbit/s
        channels (int | None):
        codec (str | None):
        coder (str | None):
        extradata_size_bytes (int | None): bytes
        format (str | None):
        fps (float | None):
        frame (int | None):
        framerate (ProgressIOFramerate | None):
        height (int | None):
        id (str | None):
        index (int | None): General
        keyframe (int | None):
        layout (str | None):
        level (int | None):
        packet (int | None):
        pix_fmt (str | None): Video
        pps (float | None):
        profile (int | None):
        q (float | None):
        sample_fmt (str | None): Audio
        sampling_hz (int | None):
        size_kb (int | None): kbytes
        stream (int | None):
        tee (list[ProgressIOTee] | None): Format specific
        type (str | None):
        width (int | None):
    """

    address: str | None = None
    avstream: AVstream | None = None
    bitrate_kbit: float | None = None
    channels: int | None = None
    codec: str | None = None
    coder: str | None = None
    extradata_size_bytes: int | None = None
    format: str | None = None
    fps: float | None = None
    frame: int | None = None
    framerate: ProgressIOFramerate | None = None
    height: int | None = None
    id: str | None = None
    index: int | None = None
    keyframe: int | None = None
    layout: str | None = None
    level: int | None = None
    packet: int | None = None
    pix_fmt: str | None = None
    pps: float | None = None
    profile: int | None = None
    q: float | None = None
    sample_fmt: str | None = None
    sampling_hz: int | None = None
    size_kb: int | None = None
    stream: int | None = None
    tee: list[ProgressIOTee] | None = None
    type: str | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        avstream = self.avstream
        if avstream is not None:
            field_dict["avstream"] = avstream.to_dict()
        elif "avstream" in self._nulls:
            field_dict["avstream"] = None
        bitrate_kbit = self.bitrate_kbit
        if bitrate_kbit is not None:
            field_dict["bitrate_kbit"] = bitrate_kbit
        channels = self.channels
        if channels is not None:
            field_dict["channels"] = channels
        codec = self.codec
        if codec is not None:
            field_dict["codec"] = codec
        coder = self.coder
        if coder is not None:
            field_dict["coder"] = coder
        extradata_size_bytes = self.extradata_size_bytes
        if extradata_size_bytes is not None:
            field_dict["extradata_size_bytes"] = extradata_size_bytes
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        fps = self.fps
        if fps is not None:
            field_dict["fps"] = fps
        frame = self.frame
        if frame is not None:
            field_dict["frame"] = frame
        framerate = self.framerate
        if framerate is not None:
            field_dict["framerate"] = framerate.to_dict()
        height = self.height
        if height is not None:
            field_dict["height"] = height
        id = self.id
        if id is not None:
            field_dict["id"] = id
        index = self.index
        if index is not None:
            field_dict["index"] = index
        keyframe = self.keyframe
        if keyframe is not None:
            field_dict["keyframe"] = keyframe
        layout = self.layout
        if layout is not None:
            field_dict["layout"] = layout
        level = self.level
        if level is not None:
            field_dict["level"] = level
        packet = self.packet
        if packet is not None:
            field_dict["packet"] = packet
        pix_fmt = self.pix_fmt
        if pix_fmt is not None:
            field_dict["pix_fmt"] = pix_fmt
        pps = self.pps
        if pps is not None:
            field_dict["pps"] = pps
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
        size_kb = self.size_kb
        if size_kb is not None:
            field_dict["size_kb"] = size_kb
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        tee = self.tee
        if tee is not None:
            field_dict["tee"] = [item0.to_dict() for item0 in tee]
        elif "tee" in self._nulls:
            field_dict["tee"] = None
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        width = self.width
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.address = get("address")
        value = get("avstream")
        if value is None:
            model_.avstream = None
            if "avstream" in src_dict:
                model_._nulls += ("avstream",)
        else:
            model_.avstream = _models.AVstream.from_dict(value)
        model_.bitrate_kbit = get("bitrate_kbit")
        model_.channels = get("channels")
        model_.codec = get("codec")
        model_.coder = get("coder")
        model_.extradata_size_bytes = get("extradata_size_bytes")
        model_.format = get("format")
        model_.fps = get("fps")
        model_.frame = get("frame")
        value = get("framerate")
        model_.framerate = None if value is None else _models.ProgressIOFramerate.from_dict(value)
        model_.height = get("height")
        model_.id = get("id")
        model_.index = get("index")
        model_.keyframe = get("keyframe")
        model_.layout = get("layout")
        model_.level = get("level")
        model_.packet = get("packet")
        model_.pix_fmt = get("pix_fmt")
        model_.pps = get("pps")
        model_.profile = get("profile")
        model_.q = get("q")
        model_.sample_fmt = get("sample_fmt")
        model_.sampling_hz = get("sampling_hz")
        model_.size_kb = get("size_kb")
        model_.stream = get("stream")
        value = get("tee")
        if value is None:
            model_.tee = None
            if "tee" in src_dict:
                model_._nulls += ("tee",)
        else:
            model_.tee = [_models.ProgressIOTee.from_dict(item0) for item0 in value]
        model_.type = get("type")
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
