from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_vstream_io import AVstreamIO


T = TypeVar("T", bound="AVstream")


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
        from ..models.a_vstream_io import AVstreamIO  # noqa: PLC0415

        d = dict(src_dict)
        aqueue = d.pop("aqueue", UNSET)

        channels = d.pop("channels", UNSET)

        codec = d.pop("codec", UNSET)

        drop = d.pop("drop", UNSET)

        dup = d.pop("dup", UNSET)

        duplicating = d.pop("duplicating", UNSET)

        enc = d.pop("enc", UNSET)

        gop = d.pop("gop", UNSET)

        height = d.pop("height", UNSET)

        _input_ = d.pop("input", UNSET)
        input_: AVstreamIO | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = AVstreamIO.from_dict(_input_)

        layout = d.pop("layout", UNSET)

        level = d.pop("level", UNSET)

        looping = d.pop("looping", UNSET)

        looping_runtime = d.pop("looping_runtime", UNSET)

        mode = d.pop("mode", UNSET)

        _output = d.pop("output", UNSET)
        output: AVstreamIO | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = AVstreamIO.from_dict(_output)

        pix_fmt = d.pop("pix_fmt", UNSET)

        profile = d.pop("profile", UNSET)

        queue = d.pop("queue", UNSET)

        sample_fmt = d.pop("sample_fmt", UNSET)

        sampling_hz = d.pop("sampling_hz", UNSET)

        width = d.pop("width", UNSET)

        a_vstream = cls(
            aqueue=aqueue,
            channels=channels,
            codec=codec,
            drop=drop,
            dup=dup,
            duplicating=duplicating,
            enc=enc,
            gop=gop,
            height=height,
            input_=input_,
            layout=layout,
            level=level,
            looping=looping,
            looping_runtime=looping_runtime,
            mode=mode,
            output=output,
            pix_fmt=pix_fmt,
            profile=profile,
            queue=queue,
            sample_fmt=sample_fmt,
            sampling_hz=sampling_hz,
            width=width,
        )

        a_vstream.additional_properties = d
        return a_vstream

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
