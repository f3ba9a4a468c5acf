from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.bitrate_kbit = src_dict["bitrate_kbit"]
        model_.drop = src_dict["drop"]
        model_.dup = src_dict["dup"]
        model_.fps = src_dict["fps"]
        model_.frame = src_dict["frame"]
        model_.packet = src_dict["packet"]
        model_.q = src_dict["q"]
        model_.size_kb = src_dict["size_kb"]
        model_.speed = src_dict["speed"]
        model_.time = src_dict["time"]
        value = get("inputs")
        if value is None:
            model_.inputs = None
            if "inputs" in src_dict:
                model_._nulls += ("inputs",)
        else:
            model_.inputs = [_models.ProgressIO.from_dict(item0) for item0 in value]
        value = get("mapping")
        model_.mapping = None if value is None else _models.StreamMapping.from_dict(value)
        value = get("outputs")
        if value is None:
            model_.outputs = None
            if "outputs" in src_dict:
                model_._nulls += ("outputs",)
        else:
            model_.outputs = [_models.ProgressIO.from_dict(item0) for item0 in value]
        model_.started = get("started")
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
