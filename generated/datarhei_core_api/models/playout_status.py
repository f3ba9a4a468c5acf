from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.playout_status_io import PlayoutStatusIO
    from ..models.playout_status_swap import PlayoutStatusSwap


T = TypeVar("T", bound="PlayoutStatus")


@_attrs_define
class PlayoutStatus:
    """
    Attributes:
        aqueue (int | Unset):
        debug (Any | Unset):
        drop (int | Unset):
        dup (int | Unset):
        duplicating (bool | Unset):
        enc (int | Unset):
        gop (str | Unset):
        id (str | Unset):
        input_ (PlayoutStatusIO | Unset):
        looping (bool | Unset):
        output (PlayoutStatusIO | Unset):
        queue (int | Unset):
        stream (int | Unset):
        swap (PlayoutStatusSwap | Unset):
        url (str | Unset):
    """

    aqueue: int | Unset = UNSET
    debug: Any | Unset = UNSET
    drop: int | Unset = UNSET
    dup: int | Unset = UNSET
    duplicating: bool | Unset = UNSET
    enc: int | Unset = UNSET
    gop: str | Unset = UNSET
    id: str | Unset = UNSET
    input_: PlayoutStatusIO | Unset = UNSET
    looping: bool | Unset = UNSET
    output: PlayoutStatusIO | Unset = UNSET
    queue: int | Unset = UNSET
    stream: int | Unset = UNSET
    swap: PlayoutStatusSwap | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aqueue = self.aqueue

        debug = self.debug

        drop = self.drop

        dup = self.dup

        duplicating = self.duplicating

        enc = self.enc

        gop = self.gop

        id = self.id

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        looping = self.looping

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        queue = self.queue

        stream = self.stream

        swap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swap, Unset):
            swap = self.swap.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aqueue is not UNSET:
            field_dict["aqueue"] = aqueue
        if debug is not UNSET:
            field_dict["debug"] = debug
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
        if id is not UNSET:
            field_dict["id"] = id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if looping is not UNSET:
            field_dict["looping"] = looping
        if output is not UNSET:
            field_dict["output"] = output
        if queue is not UNSET:
            field_dict["queue"] = queue
        if stream is not UNSET:
            field_dict["stream"] = stream
        if swap is not UNSET:
            field_dict["swap"] = swap
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.playout_status_io import PlayoutStatusIO  # noqa: PLC0415
        from ..models.playout_status_swap import PlayoutStatusSwap  # noqa: PLC0415

        d = dict(src_dict)
        aqueue = d.pop("aqueue", UNSET)

        debug = d.pop("debug", UNSET)

        drop = d.pop("drop", UNSET)

        dup = d.pop("dup", UNSET)

        duplicating = d.pop("duplicating", UNSET)

        enc = d.pop("enc", UNSET)

        gop = d.pop("gop", UNSET)

        id = d.pop("id", UNSET)

        _input_ = d.pop("input", UNSET)
        input_: PlayoutStatusIO | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = PlayoutStatusIO.from_dict(_input_)

        looping = d.pop("looping", UNSET)

        _output = d.pop("output", UNSET)
        output: PlayoutStatusIO | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = PlayoutStatusIO.from_dict(_output)

        queue = d.pop("queue", UNSET)

        stream = d.pop("stream", UNSET)

        _swap = d.pop("swap", UNSET)
        swap: PlayoutStatusSwap | Unset
        if isinstance(_swap, Unset):
            swap = UNSET
        else:
            swap = PlayoutStatusSwap.from_dict(_swap)

        url = d.pop("url", UNSET)

        playout_status = cls(
            aqueue=aqueue,
            debug=debug,
            drop=drop,
            dup=dup,
            duplicating=duplicating,
            enc=enc,
            gop=gop,
            id=id,
            input_=input_,
            looping=looping,
            output=output,
            queue=queue,
            stream=stream,
            swap=swap,
            url=url,
        )

        playout_status.additional_properties = d
        return playout_status

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
