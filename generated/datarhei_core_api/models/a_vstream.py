from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.aqueue = get("aqueue")
        model_.channels = get("channels")
        model_.codec = get("codec")
        model_.drop = get("drop")
        model_.dup = get("dup")
        model_.duplicating = get("duplicating")
        model_.enc = get("enc")
        model_.gop = get("gop")
        model_.height = get("height")
        value = get("input")
        model_.input = None if value is None else _models.AVstreamIO.from_dict(value)
        model_.layout = get("layout")
        model_.level = get("level")
        model_.looping = get("looping")
        model_.looping_runtime = get("looping_runtime")
        model_.mode = get("mode")
        value = get("output")
        model_.output = None if value is None else _models.AVstreamIO.from_dict(value)
        model_.pix_fmt = get("pix_fmt")
        model_.profile = get("profile")
        model_.queue = get("queue")
        model_.sample_fmt = get("sample_fmt")
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
