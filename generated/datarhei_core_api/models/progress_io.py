from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_AVSTREAM = _types.model_of("AVstream")
_CONVERT_FRAMERATE = _types.model_of("ProgressIOFramerate")
_CONVERT_TEE = _types.array_of(_types.model_of("ProgressIOTee"))


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
        value = get("address")
        if value is None:
            model_.address = _types.absent(src_dict, "address", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("bitrate_kbit")
        if value is None:
            model_.bitrate_kbit = _types.absent(
                src_dict, "bitrate_kbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.bitrate_kbit = value
        else:
            model_.bitrate_kbit = _types.fit(
                _types.NUMBER, src_dict, "bitrate_kbit", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("codec")
        if value is None:
            model_.codec = _types.absent(src_dict, "codec", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.codec = value
        else:
            model_.codec = _types.fit(
                _types.STRING, src_dict, "codec", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("coder")
        if value is None:
            model_.coder = _types.absent(src_dict, "coder", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.coder = value
        else:
            model_.coder = _types.fit(
                _types.STRING, src_dict, "coder", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("format")
        if value is None:
            model_.format = _types.absent(src_dict, "format", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.format = value
        else:
            model_.format = _types.fit(
                _types.STRING, src_dict, "format", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("fps")
        if value is None:
            model_.fps = _types.absent(src_dict, "fps", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.fps = value
        else:
            model_.fps = _types.fit(
                _types.NUMBER, src_dict, "fps", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("frame")
        if value is None:
            model_.frame = _types.absent(src_dict, "frame", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.frame = value
        else:
            model_.frame = _types.fit(
                _types.INTEGER, src_dict, "frame", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            model_.id = _types.absent(src_dict, "id", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("index")
        if value is None:
            model_.index = _types.absent(src_dict, "index", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.index = value
        else:
            model_.index = _types.fit(
                _types.INTEGER, src_dict, "index", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("packet")
        if value is None:
            model_.packet = _types.absent(src_dict, "packet", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.packet = value
        else:
            model_.packet = _types.fit(
                _types.INTEGER, src_dict, "packet", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("pps")
        if value is None:
            model_.pps = _types.absent(src_dict, "pps", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.pps = value
        else:
            model_.pps = _types.fit(
                _types.NUMBER, src_dict, "pps", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("size_kb")
        if value is None:
            model_.size_kb = _types.absent(src_dict, "size_kb", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.size_kb = value
        else:
            model_.size_kb = _types.fit(
                _types.INTEGER, src_dict, "size_kb", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("stream")
        if value is None:
            model_.stream = _types.absent(src_dict, "stream", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.stream = value
        else:
            model_.stream = _types.fit(
                _types.INTEGER, src_dict, "stream", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("type")
        if value is None:
            model_.type = _types.absent(src_dict, "type", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.type = value
        else:
            model_.type = _types.fit(
                _types.STRING, src_dict, "type", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("avstream")
        if value is None:
            model_.avstream = None
            if "avstream" in src_dict:
                model_._nulls += ("avstream",)
        elif value.__class__ is dict:
            try:
                model_.avstream = _models.AVstream._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("avstream", src_dict) from None
        else:
            model_.avstream = _types.fit(
                _CONVERT_AVSTREAM, src_dict, "avstream", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("channels")
        if value is None:
            if "channels" in src_dict:
                _types.absent(src_dict, "channels", False, False, strict, _KNOWN_KEYS)
            model_.channels = None
        elif value.__class__ is int:
            model_.channels = value
        else:
            model_.channels = _types.fit(
                _types.INTEGER, src_dict, "channels", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("extradata_size_bytes")
        if value is None:
            if "extradata_size_bytes" in src_dict:
                _types.absent(src_dict, "extradata_size_bytes", False, False, strict, _KNOWN_KEYS)
            model_.extradata_size_bytes = None
        elif value.__class__ is int:
            model_.extradata_size_bytes = value
        else:
            model_.extradata_size_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "extradata_size_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("framerate")
        if value is None:
            if "framerate" in src_dict:
                _types.absent(src_dict, "framerate", False, False, strict, _KNOWN_KEYS)
            model_.framerate = None
        elif value.__class__ is dict:
            try:
                model_.framerate = _models.ProgressIOFramerate._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("framerate", src_dict) from None
        else:
            model_.framerate = _types.fit(
                _CONVERT_FRAMERATE, src_dict, "framerate", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("height")
        if value is None:
            if "height" in src_dict:
                _types.absent(src_dict, "height", False, False, strict, _KNOWN_KEYS)
            model_.height = None
        elif value.__class__ is int:
            model_.height = value
        else:
            model_.height = _types.fit(
                _types.INTEGER, src_dict, "height", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("keyframe")
        if value is None:
            if "keyframe" in src_dict:
                _types.absent(src_dict, "keyframe", False, False, strict, _KNOWN_KEYS)
            model_.keyframe = None
        elif value.__class__ is int:
            model_.keyframe = value
        else:
            model_.keyframe = _types.fit(
                _types.INTEGER, src_dict, "keyframe", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("layout")
        if value is None:
            if "layout" in src_dict:
                _types.absent(src_dict, "layout", False, False, strict, _KNOWN_KEYS)
            model_.layout = None
        elif value.__class__ is str:
            model_.layout = value
        else:
            model_.layout = _types.fit(
                _types.STRING, src_dict, "layout", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("level")
        if value is None:
            if "level" in src_dict:
                _types.absent(src_dict, "level", False, False, strict, _KNOWN_KEYS)
            model_.level = None
        elif value.__class__ is int:
            model_.level = value
        else:
            model_.level = _types.fit(
                _types.INTEGER, src_dict, "level", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("pix_fmt")
        if value is None:
            if "pix_fmt" in src_dict:
                _types.absent(src_dict, "pix_fmt", False, False, strict, _KNOWN_KEYS)
            model_.pix_fmt = None
        elif value.__class__ is str:
            model_.pix_fmt = value
        else:
            model_.pix_fmt = _types.fit(
                _types.STRING, src_dict, "pix_fmt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("profile")
        if value is None:
            if "profile" in src_dict:
                _types.absent(src_dict, "profile", False, False, strict, _KNOWN_KEYS)
            model_.profile = None
        elif value.__class__ is int:
            model_.profile = value
        else:
            model_.profile = _types.fit(
                _types.INTEGER, src_dict, "profile", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("q")
        if value is None:
            if "q" in src_dict:
                _types.absent(src_dict, "q", False, False, strict, _KNOWN_KEYS)
            model_.q = None
        elif value.__class__ is float or value.__class__ is int:
            model_.q = value
        else:
            model_.q = _types.fit(
                _types.NUMBER, src_dict, "q", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sample_fmt")
        if value is None:
            if "sample_fmt" in src_dict:
                _types.absent(src_dict, "sample_fmt", False, False, strict, _KNOWN_KEYS)
            model_.sample_fmt = None
        elif value.__class__ is str:
            model_.sample_fmt = value
        else:
            model_.sample_fmt = _types.fit(
                _types.STRING, src_dict, "sample_fmt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sampling_hz")
        if value is None:
            if "sampling_hz" in src_dict:
                _types.absent(src_dict, "sampling_hz", False, False, strict, _KNOWN_KEYS)
            model_.sampling_hz = None
        elif value.__class__ is int:
            model_.sampling_hz = value
        else:
            model_.sampling_hz = _types.fit(
                _types.INTEGER, src_dict, "sampling_hz", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("tee")
        if value is None:
            model_.tee = None
            if "tee" in src_dict:
                model_._nulls += ("tee",)
        elif value.__class__ is list:
            try:
                model_.tee = [_models.ProgressIOTee._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("tee", value, src_dict) from None
        else:
            model_.tee = _types.fit(
                _CONVERT_TEE, src_dict, "tee", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("width")
        if value is None:
            if "width" in src_dict:
                _types.absent(src_dict, "width", False, False, strict, _KNOWN_KEYS)
            model_.width = None
        elif value.__class__ is int:
            model_.width = value
        else:
            model_.width = _types.fit(
                _types.INTEGER, src_dict, "width", value, False, False, strict, _KNOWN_KEYS
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
