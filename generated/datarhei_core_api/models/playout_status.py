from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.playout_status_io import PlayoutStatusIO
    from ..models.playout_status_swap import PlayoutStatusSwap


T = TypeVar("T", bound="PlayoutStatus")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "aqueue",
        "debug",
        "drop",
        "dup",
        "duplicating",
        "enc",
        "gop",
        "id",
        "input",
        "looping",
        "output",
        "queue",
        "stream",
        "swap",
        "url",
    }
)


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
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.aqueue = get("aqueue", UNSET)
        model_.debug = get("debug", UNSET)
        model_.drop = get("drop", UNSET)
        model_.dup = get("dup", UNSET)
        model_.duplicating = get("duplicating", UNSET)
        model_.enc = get("enc", UNSET)
        model_.gop = get("gop", UNSET)
        model_.id = get("id", UNSET)
        value = get("input", UNSET)
        model_.input_ = value if value is UNSET else _models.PlayoutStatusIO.from_dict(value)
        model_.looping = get("looping", UNSET)
        value = get("output", UNSET)
        model_.output = value if value is UNSET else _models.PlayoutStatusIO.from_dict(value)
        model_.queue = get("queue", UNSET)
        model_.stream = get("stream", UNSET)
        value = get("swap", UNSET)
        model_.swap = value if value is UNSET else _models.PlayoutStatusSwap.from_dict(value)
        model_.url = get("url", UNSET)
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
