from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.progress_io import ProgressIO
    from ..models.stream_mapping import StreamMapping


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bitrate_kbit",
        "drop",
        "dup",
        "fps",
        "frame",
        "packet",
        "q",
        "size_kb",
        "speed",
        "time",
        "inputs",
        "mapping",
        "outputs",
        "started",
    }
)

_CONVERT_INPUTS = _types.array_of(_types.model_of("ProgressIO"))
_CONVERT_MAPPING = _types.model_of("StreamMapping")
_CONVERT_OUTPUTS = _types.array_of(_types.model_of("ProgressIO"))


@_attrs_define
class Progress:
    """
    Attributes:
        bitrate_kbit (float): kbit/s
        drop (int):
        dup (int):
        fps (float):
        frame (int):
        packet (int):
        q (float):
        size_kb (int): kbytes
        speed (float):
        time (float):
        inputs (list[ProgressIO] | None):
        mapping (StreamMapping | None):
        outputs (list[ProgressIO] | None):
        started (bool | None):
    """

    bitrate_kbit: float
    drop: int
    dup: int
    fps: float
    frame: int
    packet: int
    q: float
    size_kb: int
    speed: float
    time: float
    inputs: list[ProgressIO] | None = None
    mapping: StreamMapping | None = None
    outputs: list[ProgressIO] | None = None
    started: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bitrate_kbit = self.bitrate_kbit
        field_dict["bitrate_kbit"] = bitrate_kbit
        drop = self.drop
        field_dict["drop"] = drop
        dup = self.dup
        field_dict["dup"] = dup
        fps = self.fps
        field_dict["fps"] = fps
        frame = self.frame
        field_dict["frame"] = frame
        packet = self.packet
        field_dict["packet"] = packet
        q = self.q
        field_dict["q"] = q
        size_kb = self.size_kb
        field_dict["size_kb"] = size_kb
        speed = self.speed
        field_dict["speed"] = speed
        time = self.time
        field_dict["time"] = time
        inputs = self.inputs
        if inputs is not None:
            field_dict["inputs"] = [item0.to_dict() for item0 in inputs]
        elif "inputs" in self._nulls:
            field_dict["inputs"] = None
        mapping = self.mapping
        if mapping is not None:
            field_dict["mapping"] = mapping.to_dict()
        outputs = self.outputs
        if outputs is not None:
            field_dict["outputs"] = [item0.to_dict() for item0 in outputs]
        elif "outputs" in self._nulls:
            field_dict["outputs"] = None
        started = self.started
        if started is not None:
            field_dict["started"] = started
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

        value = get("drop")
        if value is None:
            model_.drop = _types.absent(src_dict, "drop", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.drop = value
        else:
            model_.drop = _types.fit(
                _types.INTEGER, src_dict, "drop", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("dup")
        if value is None:
            model_.dup = _types.absent(src_dict, "dup", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.dup = value
        else:
            model_.dup = _types.fit(
                _types.INTEGER, src_dict, "dup", value, True, False, strict, _KNOWN_KEYS
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

        value = get("packet")
        if value is None:
            model_.packet = _types.absent(src_dict, "packet", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.packet = value
        else:
            model_.packet = _types.fit(
                _types.INTEGER, src_dict, "packet", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("q")
        if value is None:
            model_.q = _types.absent(src_dict, "q", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.q = value
        else:
            model_.q = _types.fit(
                _types.NUMBER, src_dict, "q", value, True, False, strict, _KNOWN_KEYS
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

        value = get("speed")
        if value is None:
            model_.speed = _types.absent(src_dict, "speed", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.speed = value
        else:
            model_.speed = _types.fit(
                _types.NUMBER, src_dict, "speed", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("time")
        if value is None:
            model_.time = _types.absent(src_dict, "time", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is float or value.__class__ is int:
            model_.time = value
        else:
            model_.time = _types.fit(
                _types.NUMBER, src_dict, "time", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("inputs")
        if value is None:
            model_.inputs = None
            if "inputs" in src_dict:
                model_._nulls += ("inputs",)
        elif value.__class__ is list:
            try:
                model_.inputs = [_models.ProgressIO._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("inputs", value, src_dict) from None
        else:
            model_.inputs = _types.fit(
                _CONVERT_INPUTS, src_dict, "inputs", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("mapping")
        if value is None:
            if "mapping" in src_dict:
                _types.absent(src_dict, "mapping", False, False, strict, _KNOWN_KEYS)
            model_.mapping = None
        elif value.__class__ is dict:
            try:
                model_.mapping = _models.StreamMapping._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("mapping", src_dict) from None
        else:
            model_.mapping = _types.fit(
                _CONVERT_MAPPING, src_dict, "mapping", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("outputs")
        if value is None:
            model_.outputs = None
            if "outputs" in src_dict:
                model_._nulls += ("outputs",)
        elif value.__class__ is list:
            try:
                model_.outputs = [_models.ProgressIO._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("outputs", value, src_dict) from None
        else:
            model_.outputs = _types.fit(
                _CONVERT_OUTPUTS, src_dict, "outputs", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("started")
        if value is None:
            if "started" in src_dict:
                _types.absent(src_dict, "started", False, False, strict, _KNOWN_KEYS)
            model_.started = None
        elif value.__class__ is bool:
            model_.started = value
        else:
            model_.started = _types.fit(
                _types.BOOLEAN, src_dict, "started", value, False, False, strict, _KNOWN_KEYS
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
