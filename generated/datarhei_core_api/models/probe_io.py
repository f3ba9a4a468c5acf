from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        value = get("bitrate_kbps")
        if value is None:
            model_.bitrate_kbps = _types.absent(
                src_dict, "bitrate_kbps", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.bitrate_kbps = value
        else:
            model_.bitrate_kbps = _types.fit(
                _types.NUMBER, src_dict, "bitrate_kbps", value, True, False, strict, _KNOWN_KEYS
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

        value = get("duration_sec")
        if value is None:
            model_.duration_sec = _types.absent(
                src_dict, "duration_sec", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.duration_sec = value
        else:
            model_.duration_sec = _types.fit(
                _types.NUMBER, src_dict, "duration_sec", value, True, False, strict, _KNOWN_KEYS
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

        value = get("index")
        if value is None:
            model_.index = _types.absent(src_dict, "index", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.index = value
        else:
            model_.index = _types.fit(
                _types.INTEGER, src_dict, "index", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("language")
        if value is None:
            model_.language = _types.absent(src_dict, "language", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.language = value
        else:
            model_.language = _types.fit(
                _types.STRING, src_dict, "language", value, True, False, strict, _KNOWN_KEYS
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

        value = get("url")
        if value is None:
            model_.url = _types.absent(src_dict, "url", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.url = value
        else:
            model_.url = _types.fit(
                _types.STRING, src_dict, "url", value, True, False, strict, _KNOWN_KEYS
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

        value = get("fps")
        if value is None:
            if "fps" in src_dict:
                _types.absent(src_dict, "fps", False, False, strict, _KNOWN_KEYS)
            model_.fps = None
        elif value.__class__ is float or value.__class__ is int:
            model_.fps = value
        else:
            model_.fps = _types.fit(
                _types.NUMBER, src_dict, "fps", value, False, False, strict, _KNOWN_KEYS
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
