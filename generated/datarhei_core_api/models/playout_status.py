from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_INPUT = _types.model_of("PlayoutStatusIO")
_CONVERT_OUTPUT = _types.model_of("PlayoutStatusIO")
_CONVERT_SWAP = _types.model_of("PlayoutStatusSwap")


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

        value = get("debug")
        if value is None:
            model_.debug = None
            if "debug" in src_dict:
                model_._nulls += ("debug",)
        else:
            model_.debug = value

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

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("input")
        if value is None:
            if "input" in src_dict:
                _types.absent(src_dict, "input", False, False, strict, _KNOWN_KEYS)
            model_.input = None
        elif value.__class__ is dict:
            try:
                model_.input = _models.PlayoutStatusIO._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("input", src_dict) from None
        else:
            model_.input = _types.fit(
                _CONVERT_INPUT, src_dict, "input", value, False, False, strict, _KNOWN_KEYS
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

        value = get("output")
        if value is None:
            if "output" in src_dict:
                _types.absent(src_dict, "output", False, False, strict, _KNOWN_KEYS)
            model_.output = None
        elif value.__class__ is dict:
            try:
                model_.output = _models.PlayoutStatusIO._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("output", src_dict) from None
        else:
            model_.output = _types.fit(
                _CONVERT_OUTPUT, src_dict, "output", value, False, False, strict, _KNOWN_KEYS
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

        value = get("stream")
        if value is None:
            if "stream" in src_dict:
                _types.absent(src_dict, "stream", False, False, strict, _KNOWN_KEYS)
            model_.stream = None
        elif value.__class__ is int:
            model_.stream = value
        else:
            model_.stream = _types.fit(
                _types.INTEGER, src_dict, "stream", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("swap")
        if value is None:
            if "swap" in src_dict:
                _types.absent(src_dict, "swap", False, False, strict, _KNOWN_KEYS)
            model_.swap = None
        elif value.__class__ is dict:
            try:
                model_.swap = _models.PlayoutStatusSwap._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("swap", src_dict) from None
        else:
            model_.swap = _types.fit(
                _CONVERT_SWAP, src_dict, "swap", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("url")
        if value is None:
            if "url" in src_dict:
                _types.absent(src_dict, "url", False, False, strict, _KNOWN_KEYS)
            model_.url = None
        elif value.__class__ is str:
            model_.url = value
        else:
            model_.url = _types.fit(
                _types.STRING, src_dict, "url", value, False, False, strict, _KNOWN_KEYS
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
