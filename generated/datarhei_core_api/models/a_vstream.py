from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.a_vstream_io import AVstreamIO


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "aqueue",
        "channels",
        "codec",
        "drop",
        "dup",
        "duplicating",
        "enc",
        "gop",
        "height",
        "input",
        "layout",
        "level",
        "looping",
        "looping_runtime",
        "mode",
        "output",
        "pix_fmt",
        "profile",
        "queue",
        "sample_fmt",
        "sampling_hz",
        "width",
    }
)

_CONVERT_INPUT = _types.model_of("AVstreamIO")
_CONVERT_OUTPUT = _types.model_of("AVstreamIO")


@_attrs_define
class AVstream:
    """
    Attributes:
        aqueue (int | None):
        channels (int | None):
        codec (str | None): Codec parameter
        drop (int | None):
        dup (int | None):
        duplicating (bool | None):
        enc (int | None):
        gop (str | None):
        height (int | None):
        input (AVstreamIO | None):
        layout (str | None):
        level (int | None):
        looping (bool | None):
        looping_runtime (int | None):
        mode (str | None):
        output (AVstreamIO | None):
        pix_fmt (str | None):
        profile (int | None):
        queue (int | None):
        sample_fmt (str | None):
        sampling_hz (int | None):
        width (int | None):
    """

    aqueue: int | None = None
    channels: int | None = None
    codec: str | None = None
    drop: int | None = None
    dup: int | None = None
    duplicating: bool | None = None
    enc: int | None = None
    gop: str | None = None
    height: int | None = None
    input: AVstreamIO | None = None
    layout: str | None = None
    level: int | None = None
    looping: bool | None = None
    looping_runtime: int | None = None
    mode: str | None = None
    output: AVstreamIO | None = None
    pix_fmt: str | None = None
    profile: int | None = None
    queue: int | None = None
    sample_fmt: str | None = None
    sampling_hz: int | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        aqueue = self.aqueue
        if aqueue is not None:
            field_dict["aqueue"] = aqueue
        channels = self.channels
        if channels is not None:
            field_dict["channels"] = channels
        codec = self.codec
        if codec is not None:
            field_dict["codec"] = codec
        drop = self.drop
        if drop is not None:
            field_dict["drop"] = drop
        dup = self.dup
        if dup is not None:
            field_dict["dup"] = dup
        duplicating = self.duplicating
        if duplicating is not None:
            field_dict["duplicating"] = duplicating
        enc = self.enc
        if enc is not None:
            field_dict["enc"] = enc
        gop = self.gop
        if gop is not None:
            field_dict["gop"] = gop
        height = self.height
        if height is not None:
            field_dict["height"] = height
        input_ = self.input
        if input_ is not None:
            field_dict["input"] = input_.to_dict()
        layout = self.layout
        if layout is not None:
            field_dict["layout"] = layout
        level = self.level
        if level is not None:
            field_dict["level"] = level
        looping = self.looping
        if looping is not None:
            field_dict["looping"] = looping
        looping_runtime = self.looping_runtime
        if looping_runtime is not None:
            field_dict["looping_runtime"] = looping_runtime
        mode = self.mode
        if mode is not None:
            field_dict["mode"] = mode
        output = self.output
        if output is not None:
            field_dict["output"] = output.to_dict()
        pix_fmt = self.pix_fmt
        if pix_fmt is not None:
            field_dict["pix_fmt"] = pix_fmt
        profile = self.profile
        if profile is not None:
            field_dict["profile"] = profile
        queue = self.queue
        if queue is not None:
            field_dict["queue"] = queue
        sample_fmt = self.sample_fmt
        if sample_fmt is not None:
            field_dict["sample_fmt"] = sample_fmt
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
        value = get("aqueue")
        if value is None:
            if "aqueue" in src_dict:
                _types.absent(src_dict, "aqueue", False, False, strict, _KNOWN_KEYS)
            model_.aqueue = None
        elif value.__class__ is int:
            model_.aqueue = value
        else:
            model_.aqueue = _types.fit(
                _types.INTEGER, src_dict, "aqueue", value, False, False, strict, _KNOWN_KEYS
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

        value = get("codec")
        if value is None:
            if "codec" in src_dict:
                _types.absent(src_dict, "codec", False, False, strict, _KNOWN_KEYS)
            model_.codec = None
        elif value.__class__ is str:
            model_.codec = value
        else:
            model_.codec = _types.fit(
                _types.STRING, src_dict, "codec", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("drop")
        if value is None:
            if "drop" in src_dict:
                _types.absent(src_dict, "drop", False, False, strict, _KNOWN_KEYS)
            model_.drop = None
        elif value.__class__ is int:
            model_.drop = value
        else:
            model_.drop = _types.fit(
                _types.INTEGER, src_dict, "drop", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("dup")
        if value is None:
            if "dup" in src_dict:
                _types.absent(src_dict, "dup", False, False, strict, _KNOWN_KEYS)
            model_.dup = None
        elif value.__class__ is int:
            model_.dup = value
        else:
            model_.dup = _types.fit(
                _types.INTEGER, src_dict, "dup", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("duplicating")
        if value is None:
            if "duplicating" in src_dict:
                _types.absent(src_dict, "duplicating", False, False, strict, _KNOWN_KEYS)
            model_.duplicating = None
        elif value.__class__ is bool:
            model_.duplicating = value
        else:
            model_.duplicating = _types.fit(
                _types.BOOLEAN, src_dict, "duplicating", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("enc")
        if value is None:
            if "enc" in src_dict:
                _types.absent(src_dict, "enc", False, False, strict, _KNOWN_KEYS)
            model_.enc = None
        elif value.__class__ is int:
            model_.enc = value
        else:
            model_.enc = _types.fit(
                _types.INTEGER, src_dict, "enc", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("gop")
        if value is None:
            if "gop" in src_dict:
                _types.absent(src_dict, "gop", False, False, strict, _KNOWN_KEYS)
            model_.gop = None
        elif value.__class__ is str:
            model_.gop = value
        else:
            model_.gop = _types.fit(
                _types.STRING, src_dict, "gop", value, False, False, strict, _KNOWN_KEYS
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

        value = get("input")
        if value is None:
            if "input" in src_dict:
                _types.absent(src_dict, "input", False, False, strict, _KNOWN_KEYS)
            model_.input = None
        elif value.__class__ is dict:
            try:
                model_.input = _models.AVstreamIO._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("input", src_dict) from None
        else:
            model_.input = _types.fit(
                _CONVERT_INPUT, src_dict, "input", value, False, False, strict, _KNOWN_KEYS
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

        value = get("looping")
        if value is None:
            if "looping" in src_dict:
                _types.absent(src_dict, "looping", False, False, strict, _KNOWN_KEYS)
            model_.looping = None
        elif value.__class__ is bool:
            model_.looping = value
        else:
            model_.looping = _types.fit(
                _types.BOOLEAN, src_dict, "looping", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("looping_runtime")
        if value is None:
            if "looping_runtime" in src_dict:
                _types.absent(src_dict, "looping_runtime", False, False, strict, _KNOWN_KEYS)
            model_.looping_runtime = None
        elif value.__class__ is int:
            model_.looping_runtime = value
        else:
            model_.looping_runtime = _types.fit(
                _types.INTEGER,
                src_dict,
                "looping_runtime",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("mode")
        if value is None:
            if "mode" in src_dict:
                _types.absent(src_dict, "mode", False, False, strict, _KNOWN_KEYS)
            model_.mode = None
        elif value.__class__ is str:
            model_.mode = value
        else:
            model_.mode = _types.fit(
                _types.STRING, src_dict, "mode", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("output")
        if value is None:
            if "output" in src_dict:
                _types.absent(src_dict, "output", False, False, strict, _KNOWN_KEYS)
            model_.output = None
        elif value.__class__ is dict:
            try:
                model_.output = _models.AVstreamIO._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("output", src_dict) from None
        else:
            model_.output = _types.fit(
                _CONVERT_OUTPUT, src_dict, "output", value, False, False, strict, _KNOWN_KEYS
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

        value = get("queue")
        if value is None:
            if "queue" in src_dict:
                _types.absent(src_dict, "queue", False, False, strict, _KNOWN_KEYS)
            model_.queue = None
        elif value.__class__ is int:
            model_.queue = value
        else:
            model_.queue = _types.fit(
                _types.INTEGER, src_dict, "queue", value, False, False, strict, _KNOWN_KEYS
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
