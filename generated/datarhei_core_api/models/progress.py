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
        "inputs",
        "mapping",
        "outputs",
        "packet",
        "q",
        "size_kb",
        "speed",
        "started",
        "time",
    }
)


@_attrs_define
class Progress:
    """
    Attributes:
        bitrate_kbit (float | None): kbit/s
        drop (int | None):
        dup (int | None):
        fps (float | None):
        frame (int | None):
        inputs (list[ProgressIO] | None):
        mapping (StreamMapping | None):
        outputs (list[ProgressIO] | None):
        packet (int | None):
        q (float | None):
        size_kb (int | None): kbytes
        speed (float | None):
        started (bool | None):
        time (float | None):
    """

    bitrate_kbit: float | None = None
    drop: int | None = None
    dup: int | None = None
    fps: float | None = None
    frame: int | None = None
    inputs: list[ProgressIO] | None = None
    mapping: StreamMapping | None = None
    outputs: list[ProgressIO] | None = None
    packet: int | None = None
    q: float | None = None
    size_kb: int | None = None
    speed: float | None = None
    started: bool | None = None
    time: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bitrate_kbit = self.bitrate_kbit
        if bitrate_kbit is not None:
            field_dict["bitrate_kbit"] = bitrate_kbit
        drop = self.drop
        if drop is not None:
            field_dict["drop"] = drop
        dup = self.dup
        if dup is not None:
            field_dict["dup"] = dup
        fps = self.fps
        if fps is not None:
            field_dict["fps"] = fps
        frame = self.frame
        if frame is not None:
            field_dict["frame"] = frame
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
        packet = self.packet
        if packet is not None:
            field_dict["packet"] = packet
        q = self.q
        if q is not None:
            field_dict["q"] = q
        size_kb = self.size_kb
        if size_kb is not None:
            field_dict["size_kb"] = size_kb
        speed = self.speed
        if speed is not None:
            field_dict["speed"] = speed
        started = self.started
        if started is not None:
            field_dict["started"] = started
        time = self.time
        if time is not None:
            field_dict["time"] = time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.bitrate_kbit = get("bitrate_kbit")
        model_.drop = get("drop")
        model_.dup = get("dup")
        model_.fps = get("fps")
        model_.frame = get("frame")
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
        model_.packet = get("packet")
        model_.q = get("q")
        model_.size_kb = get("size_kb")
        model_.speed = get("speed")
        model_.started = get("started")
        model_.time = get("time")
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
