from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_vstream import AVstream
    from ..models.progress_io_framerate import ProgressIOFramerate
    from ..models.progress_io_tee import ProgressIOTee


T = TypeVar("T", bound="ProgressIO")


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
        from ..models.a_vstream import AVstream  # noqa: PLC0415
        from ..models.progress_io_framerate import ProgressIOFramerate  # noqa: PLC0415
        from ..models.progress_io_tee import ProgressIOTee  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address", UNSET)

        def _parse_avstream(data: object) -> AVstream | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avstream_type_1 = AVstream.from_dict(data)

                return avstream_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AVstream | None | Unset, data)

        avstream = _parse_avstream(d.pop("avstream", UNSET))

        bitrate_kbit = d.pop("bitrate_kbit", UNSET)

        channels = d.pop("channels", UNSET)

        codec = d.pop("codec", UNSET)

        coder = d.pop("coder", UNSET)

        extradata_size_bytes = d.pop("extradata_size_bytes", UNSET)

        format_ = d.pop("format", UNSET)

        fps = d.pop("fps", UNSET)

        frame = d.pop("frame", UNSET)

        _framerate = d.pop("framerate", UNSET)
        framerate: ProgressIOFramerate | Unset
        if isinstance(_framerate, Unset):
            framerate = UNSET
        else:
            framerate = ProgressIOFramerate.from_dict(_framerate)

        height = d.pop("height", UNSET)

        id = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        keyframe = d.pop("keyframe", UNSET)

        layout = d.pop("layout", UNSET)

        level = d.pop("level", UNSET)

        packet = d.pop("packet", UNSET)

        pix_fmt = d.pop("pix_fmt", UNSET)

        pps = d.pop("pps", UNSET)

        profile = d.pop("profile", UNSET)

        q = d.pop("q", UNSET)

        sample_fmt = d.pop("sample_fmt", UNSET)

        sampling_hz = d.pop("sampling_hz", UNSET)

        size_kb = d.pop("size_kb", UNSET)

        stream = d.pop("stream", UNSET)

        def _parse_tee(data: object) -> list[ProgressIOTee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tee_type_0 = []
                _tee_type_0 = data
                for tee_type_0_item_data in _tee_type_0:
                    tee_type_0_item = ProgressIOTee.from_dict(tee_type_0_item_data)

                    tee_type_0.append(tee_type_0_item)

                return tee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProgressIOTee] | None | Unset, data)

        tee = _parse_tee(d.pop("tee", UNSET))

        type_ = d.pop("type", UNSET)

        width = d.pop("width", UNSET)

        progress_io = cls(
            address=address,
            avstream=avstream,
            bitrate_kbit=bitrate_kbit,
            channels=channels,
            codec=codec,
            coder=coder,
            extradata_size_bytes=extradata_size_bytes,
            format_=format_,
            fps=fps,
            frame=frame,
            framerate=framerate,
            height=height,
            id=id,
            index=index,
            keyframe=keyframe,
            layout=layout,
            level=level,
            packet=packet,
            pix_fmt=pix_fmt,
            pps=pps,
            profile=profile,
            q=q,
            sample_fmt=sample_fmt,
            sampling_hz=sampling_hz,
            size_kb=size_kb,
            stream=stream,
            tee=tee,
            type_=type_,
            width=width,
        )

        progress_io.additional_properties = d
        return progress_io

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
