from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_vstream_io import AVstreamIO


T = TypeVar("T", bound="AVstream")

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
        aqueue (int | Unset):
        channels (int | Unset):
        codec (str | Unset): Codec parameter
        drop (int | Unset):
        dup (int | Unset):
        duplicating (bool | Unset):
        enc (int | Unset):
        gop (str | Unset):
        height (int | Unset):
        input_ (AVstreamIO | Unset):
        layout (str | Unset):
        level (int | Unset):
        looping (bool | Unset):
        looping_runtime (int | Unset):
        mode (str | Unset):
        output (AVstreamIO | Unset):
        pix_fmt (str | Unset):
        profile (int | Unset):
        queue (int | Unset):
        sample_fmt (str | Unset):
        sampling_hz (int | Unset):
        width (int | Unset):
    """

    aqueue: int | Unset = UNSET
    channels: int | Unset = UNSET
    codec: str | Unset = UNSET
    drop: int | Unset = UNSET
    dup: int | Unset = UNSET
    duplicating: bool | Unset = UNSET
    enc: int | Unset = UNSET
    gop: str | Unset = UNSET
    height: int | Unset = UNSET
    input_: AVstreamIO | Unset = UNSET
    layout: str | Unset = UNSET
    level: int | Unset = UNSET
    looping: bool | Unset = UNSET
    looping_runtime: int | Unset = UNSET
    mode: str | Unset = UNSET
    output: AVstreamIO | Unset = UNSET
    pix_fmt: str | Unset = UNSET
    profile: int | Unset = UNSET
    queue: int | Unset = UNSET
    sample_fmt: str | Unset = UNSET
    sampling_hz: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aqueue = self.aqueue

        channels = self.channels

        codec = self.codec

        drop = self.drop

        dup = self.dup

        duplicating = self.duplicating

        enc = self.enc

        gop = self.gop

        height = self.height

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        layout = self.layout

        level = self.level

        looping = self.looping

        looping_runtime = self.looping_runtime

        mode = self.mode

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        pix_fmt = self.pix_fmt

        profile = self.profile

        queue = self.queue

        sample_fmt = self.sample_fmt

        sampling_hz = self.sampling_hz

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aqueue is not UNSET:
            field_dict["aqueue"] = aqueue
        if channels is not UNSET:
            field_dict["channels"] = channels
        if codec is not UNSET:
            field_dict["codec"] = codec
        if drop is not UNSET:
            field_dict["drop"] = drop
        if dup is not UNSET:
            field_dict["dup"] = dup
        if duplicating is not UNSET:
            field_dict["duplicating"] = duplicating
        if enc is not UNSET:
            field_dict["enc"] = enc
        if gop is not UNSET:
            field_dict["gop"] = gop
        if height is not UNSET:
            field_dict["height"] = height
        if input_ is not UNSET:
            field_dict["input"] = input_
        if layout is not UNSET:
            field_dict["layout"] = layout
        if level is not UNSET:
            field_dict["level"] = level
        if looping is not UNSET:
            field_dict["looping"] = looping
        if looping_runtime is not UNSET:
            field_dict["looping_runtime"] = looping_runtime
        if mode is not UNSET:
            field_dict["mode"] = mode
        if output is not UNSET:
            field_dict["output"] = output
        if pix_fmt is not UNSET:
            field_dict["pix_fmt"] = pix_fmt
        if profile is not UNSET:
            field_dict["profile"] = profile
        if queue is not UNSET:
            field_dict["queue"] = queue
        if sample_fmt is not UNSET:
            field_dict["sample_fmt"] = sample_fmt
        if sampling_hz is not UNSET:
            field_dict["sampling_hz"] = sampling_hz
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.aqueue = get("aqueue", UNSET)
        model_.channels = get("channels", UNSET)
        model_.codec = get("codec", UNSET)
        model_.drop = get("drop", UNSET)
        model_.dup = get("dup", UNSET)
        model_.duplicating = get("duplicating", UNSET)
        model_.enc = get("enc", UNSET)
        model_.gop = get("gop", UNSET)
        model_.height = get("height", UNSET)
        value = get("input", UNSET)
        model_.input_ = value if value is UNSET else _models.AVstreamIO.from_dict(value)
        model_.layout = get("layout", UNSET)
        model_.level = get("level", UNSET)
        model_.looping = get("looping", UNSET)
        model_.looping_runtime = get("looping_runtime", UNSET)
        model_.mode = get("mode", UNSET)
        value = get("output", UNSET)
        model_.output = value if value is UNSET else _models.AVstreamIO.from_dict(value)
        model_.pix_fmt = get("pix_fmt", UNSET)
        model_.profile = get("profile", UNSET)
        model_.queue = get("queue", UNSET)
        model_.sample_fmt = get("sample_fmt", UNSET)
        model_.sampling_hz = get("sampling_hz", UNSET)
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
