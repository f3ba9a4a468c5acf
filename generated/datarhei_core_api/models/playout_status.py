from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.playout_status_io import PlayoutStatusIO
    from ..models.playout_status_swap import PlayoutStatusSwap


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
        aqueue (int | None):
        debug (Any | None):
        drop (int | None):
        dup (int | None):
        duplicating (bool | None):
        enc (int | None):
        gop (str | None):
        id (str | None):
        input (PlayoutStatusIO | None):
        looping (bool | None):
        output (PlayoutStatusIO | None):
        queue (int | None):
        stream (int | None):
        swap (PlayoutStatusSwap | None):
        url (str | None):
    """

    aqueue: int | None = None
    debug: Any | None = None
    drop: int | None = None
    dup: int | None = None
    duplicating: bool | None = None
    enc: int | None = None
    gop: str | None = None
    id: str | None = None
    input: PlayoutStatusIO | None = None
    looping: bool | None = None
    output: PlayoutStatusIO | None = None
    queue: int | None = None
    stream: int | None = None
    swap: PlayoutStatusSwap | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        aqueue = self.aqueue
        if aqueue is not None:
            field_dict["aqueue"] = aqueue
        debug = self.debug
        if debug is not None:
            field_dict["debug"] = debug
        elif "debug" in self._nulls:
            field_dict["debug"] = None
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
        id = self.id
        if id is not None:
            field_dict["id"] = id
        input_ = self.input
        if input_ is not None:
            field_dict["input"] = input_.to_dict()
        looping = self.looping
        if looping is not None:
            field_dict["looping"] = looping
        output = self.output
        if output is not None:
            field_dict["output"] = output.to_dict()
        queue = self.queue
        if queue is not None:
            field_dict["queue"] = queue
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        swap = self.swap
        if swap is not None:
            field_dict["swap"] = swap.to_dict()
        url = self.url
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.aqueue = get("aqueue")
        value = get("debug")
        if value is None:
            model_.debug = None
            if "debug" in src_dict:
                model_._nulls += ("debug",)
        else:
            model_.debug = value
        model_.drop = get("drop")
        model_.dup = get("dup")
        model_.duplicating = get("duplicating")
        model_.enc = get("enc")
        model_.gop = get("gop")
        model_.id = get("id")
        value = get("input")
        model_.input = None if value is None else _models.PlayoutStatusIO.from_dict(value)
        model_.looping = get("looping")
        value = get("output")
        model_.output = None if value is None else _models.PlayoutStatusIO.from_dict(value)
        model_.queue = get("queue")
        model_.stream = get("stream")
        value = get("swap")
        model_.swap = None if value is None else _models.PlayoutStatusSwap.from_dict(value)
        model_.url = get("url")
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
