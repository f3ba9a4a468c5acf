from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_io import ProgressIO
    from ..models.stream_mapping import StreamMapping


T = TypeVar("T", bound="Progress")

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
        bitrate_kbit (float | Unset): kbit/s
        drop (int | Unset):
        dup (int | Unset):
        fps (float | Unset):
        frame (int | Unset):
        inputs (list[ProgressIO] | None | Unset):
        mapping (StreamMapping | Unset):
        outputs (list[ProgressIO] | None | Unset):
        packet (int | Unset):
        q (float | Unset):
        size_kb (int | Unset): kbytes
        speed (float | Unset):
        started (bool | Unset):
        time (float | Unset):
    """

    bitrate_kbit: float | Unset = UNSET
    drop: int | Unset = UNSET
    dup: int | Unset = UNSET
    fps: float | Unset = UNSET
    frame: int | Unset = UNSET
    inputs: list[ProgressIO] | None | Unset = UNSET
    mapping: StreamMapping | Unset = UNSET
    outputs: list[ProgressIO] | None | Unset = UNSET
    packet: int | Unset = UNSET
    q: float | Unset = UNSET
    size_kb: int | Unset = UNSET
    speed: float | Unset = UNSET
    started: bool | Unset = UNSET
    time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate_kbit = self.bitrate_kbit

        drop = self.drop

        dup = self.dup

        fps = self.fps

        frame = self.frame

        inputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, list):
            inputs = []
            for inputs_type_0_item_data in self.inputs:
                inputs_type_0_item = inputs_type_0_item_data.to_dict()
                inputs.append(inputs_type_0_item)

        else:
            inputs = self.inputs

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        packet = self.packet

        q = self.q

        size_kb = self.size_kb

        speed = self.speed

        started = self.started

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate_kbit is not UNSET:
            field_dict["bitrate_kbit"] = bitrate_kbit
        if drop is not UNSET:
            field_dict["drop"] = drop
        if dup is not UNSET:
            field_dict["dup"] = dup
        if fps is not UNSET:
            field_dict["fps"] = fps
        if frame is not UNSET:
            field_dict["frame"] = frame
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if packet is not UNSET:
            field_dict["packet"] = packet
        if q is not UNSET:
            field_dict["q"] = q
        if size_kb is not UNSET:
            field_dict["size_kb"] = size_kb
        if speed is not UNSET:
            field_dict["speed"] = speed
        if started is not UNSET:
            field_dict["started"] = started
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.bitrate_kbit = get("bitrate_kbit", UNSET)
        model_.drop = get("drop", UNSET)
        model_.dup = get("dup", UNSET)
        model_.fps = get("fps", UNSET)
        model_.frame = get("frame", UNSET)
        value = get("inputs", UNSET)
        model_.inputs = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.ProgressIO.from_dict(item0) for item0 in value]
            )
        )
        value = get("mapping", UNSET)
        model_.mapping = value if value is UNSET else _models.StreamMapping.from_dict(value)
        value = get("outputs", UNSET)
        model_.outputs = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.ProgressIO.from_dict(item0) for item0 in value]
            )
        )
        model_.packet = get("packet", UNSET)
        model_.q = get("q", UNSET)
        model_.size_kb = get("size_kb", UNSET)
        model_.speed = get("speed", UNSET)
        model_.started = get("started", UNSET)
        model_.time = get("time", UNSET)
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
