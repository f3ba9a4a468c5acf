from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_vstream import AVstream
    from ..models.progress_io_framerate import ProgressIOFramerate
    from ..models.progress_io_tee import ProgressIOTee


T = TypeVar("T", bound="ProgressIO")

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
        address (str | Unset):
        avstream (AVstream | None | Unset): avstream
        bitrate_kbit (float | Unset): kbit/s
        channels (int | Unset):
        codec (str | Unset):
        coder (str | Unset):
        extradata_size_bytes (int | Unset): bytes
        format_ (str | Unset):
        fps (float | Unset):
        frame (int | Unset):
        framerate (ProgressIOFramerate | Unset):
        height (int | Unset):
        id (str | Unset):
        index (int | Unset): General
        keyframe (int | Unset):
        layout (str | Unset):
        level (int | Unset):
        packet (int | Unset):
        pix_fmt (str | Unset): Video
        pps (float | Unset):
        profile (int | Unset):
        q (float | Unset):
        sample_fmt (str | Unset): Audio
        sampling_hz (int | Unset):
        size_kb (int | Unset): kbytes
        stream (int | Unset):
        tee (list[ProgressIOTee] | None | Unset): Format specific
        type_ (str | Unset):
        width (int | Unset):
    """

    address: str | Unset = UNSET
    avstream: AVstream | None | Unset = UNSET
    bitrate_kbit: float | Unset = UNSET
    channels: int | Unset = UNSET
    codec: str | Unset = UNSET
    coder: str | Unset = UNSET
    extradata_size_bytes: int | Unset = UNSET
    format_: str | Unset = UNSET
    fps: float | Unset = UNSET
    frame: int | Unset = UNSET
    framerate: ProgressIOFramerate | Unset = UNSET
    height: int | Unset = UNSET
    id: str | Unset = UNSET
    index: int | Unset = UNSET
    keyframe: int | Unset = UNSET
    layout: str | Unset = UNSET
    level: int | Unset = UNSET
    packet: int | Unset = UNSET
    pix_fmt: str | Unset = UNSET
    pps: float | Unset = UNSET
    profile: int | Unset = UNSET
    q: float | Unset = UNSET
    sample_fmt: str | Unset = UNSET
    sampling_hz: int | Unset = UNSET
    size_kb: int | Unset = UNSET
    stream: int | Unset = UNSET
    tee: list[ProgressIOTee] | None | Unset = UNSET
    type_: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.a_vstream import AVstream  # noqa: PLC0415

        address = self.address

        avstream: dict[str, Any] | None | Unset
        if isinstance(self.avstream, Unset):
            avstream = UNSET
        elif isinstance(self.avstream, AVstream):
            avstream = self.avstream.to_dict()
        else:
            avstream = self.avstream

        bitrate_kbit = self.bitrate_kbit

        channels = self.channels

        codec = self.codec

        coder = self.coder

        extradata_size_bytes = self.extradata_size_bytes

        format_ = self.format_

        fps = self.fps

        frame = self.frame

        framerate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.framerate, Unset):
            framerate = self.framerate.to_dict()

        height = self.height

        id = self.id

        index = self.index

        keyframe = self.keyframe

        layout = self.layout

        level = self.level

        packet = self.packet

        pix_fmt = self.pix_fmt

        pps = self.pps

        profile = self.profile

        q = self.q

        sample_fmt = self.sample_fmt

        sampling_hz = self.sampling_hz

        size_kb = self.size_kb

        stream = self.stream

        tee: list[dict[str, Any]] | None | Unset
        if isinstance(self.tee, Unset):
            tee = UNSET
        elif isinstance(self.tee, list):
            tee = []
            for tee_type_0_item_data in self.tee:
                tee_type_0_item = tee_type_0_item_data.to_dict()
                tee.append(tee_type_0_item)

        else:
            tee = self.tee

        type_ = self.type_

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if avstream is not UNSET:
            field_dict["avstream"] = avstream
        if bitrate_kbit is not UNSET:
            field_dict["bitrate_kbit"] = bitrate_kbit
        if channels is not UNSET:
            field_dict["channels"] = channels
        if codec is not UNSET:
            field_dict["codec"] = codec
        if coder is not UNSET:
            field_dict["coder"] = coder
        if extradata_size_bytes is not UNSET:
            field_dict["extradata_size_bytes"] = extradata_size_bytes
        if format_ is not UNSET:
            field_dict["format"] = format_
        if fps is not UNSET:
            field_dict["fps"] = fps
        if frame is not UNSET:
            field_dict["frame"] = frame
        if framerate is not UNSET:
            field_dict["framerate"] = framerate
        if height is not UNSET:
            field_dict["height"] = height
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if keyframe is not UNSET:
            field_dict["keyframe"] = keyframe
        if layout is not UNSET:
            field_dict["layout"] = layout
        if level is not UNSET:
            field_dict["level"] = level
        if packet is not UNSET:
            field_dict["packet"] = packet
        if pix_fmt is not UNSET:
            field_dict["pix_fmt"] = pix_fmt
        if pps is not UNSET:
            field_dict["pps"] = pps
        if profile is not UNSET:
            field_dict["profile"] = profile
        if q is not UNSET:
            field_dict["q"] = q
        if sample_fmt is not UNSET:
            field_dict["sample_fmt"] = sample_fmt
        if sampling_hz is not UNSET:
            field_dict["sampling_hz"] = sampling_hz
        if size_kb is not UNSET:
            field_dict["size_kb"] = size_kb
        if stream is not UNSET:
            field_dict["stream"] = stream
        if tee is not UNSET:
            field_dict["tee"] = tee
        if type_ is not UNSET:
            field_dict["type"] = type_
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        value = get("avstream", UNSET)
        model_.avstream = (
            value
            if value is UNSET
            else (None if value is None else _models.AVstream.from_dict(value))
        )
        model_.bitrate_kbit = get("bitrate_kbit", UNSET)
        model_.channels = get("channels", UNSET)
        model_.codec = get("codec", UNSET)
        model_.coder = get("coder", UNSET)
        model_.extradata_size_bytes = get("extradata_size_bytes", UNSET)
        model_.format_ = get("format", UNSET)
        model_.fps = get("fps", UNSET)
        model_.frame = get("frame", UNSET)
        value = get("framerate", UNSET)
        model_.framerate = value if value is UNSET else _models.ProgressIOFramerate.from_dict(value)
        model_.height = get("height", UNSET)
        model_.id = get("id", UNSET)
        model_.index = get("index", UNSET)
        model_.keyframe = get("keyframe", UNSET)
        model_.layout = get("layout", UNSET)
        model_.level = get("level", UNSET)
        model_.packet = get("packet", UNSET)
        model_.pix_fmt = get("pix_fmt", UNSET)
        model_.pps = get("pps", UNSET)
        model_.profile = get("profile", UNSET)
        model_.q = get("q", UNSET)
        model_.sample_fmt = get("sample_fmt", UNSET)
        model_.sampling_hz = get("sampling_hz", UNSET)
        model_.size_kb = get("size_kb", UNSET)
        model_.stream = get("stream", UNSET)
        value = get("tee", UNSET)
        model_.tee = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.ProgressIOTee.from_dict(item0) for item0 in value]
            )
        )
        model_.type_ = get("type", UNSET)
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
