from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_io import ProgressIO
    from ..models.stream_mapping import StreamMapping


T = TypeVar("T", bound="Progress")


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
        from ..models.progress_io import ProgressIO  # noqa: PLC0415
        from ..models.stream_mapping import StreamMapping  # noqa: PLC0415

        d = dict(src_dict)
        bitrate_kbit = d.pop("bitrate_kbit", UNSET)

        drop = d.pop("drop", UNSET)

        dup = d.pop("dup", UNSET)

        fps = d.pop("fps", UNSET)

        frame = d.pop("frame", UNSET)

        def _parse_inputs(data: object) -> list[ProgressIO] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inputs_type_0 = []
                _inputs_type_0 = data
                for inputs_type_0_item_data in _inputs_type_0:
                    inputs_type_0_item = ProgressIO.from_dict(inputs_type_0_item_data)

                    inputs_type_0.append(inputs_type_0_item)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProgressIO] | None | Unset, data)

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        _mapping = d.pop("mapping", UNSET)
        mapping: StreamMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = StreamMapping.from_dict(_mapping)

        def _parse_outputs(data: object) -> list[ProgressIO] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:
                    outputs_type_0_item = ProgressIO.from_dict(outputs_type_0_item_data)

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProgressIO] | None | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        packet = d.pop("packet", UNSET)

        q = d.pop("q", UNSET)

        size_kb = d.pop("size_kb", UNSET)

        speed = d.pop("speed", UNSET)

        started = d.pop("started", UNSET)

        time = d.pop("time", UNSET)

        progress = cls(
            bitrate_kbit=bitrate_kbit,
            drop=drop,
            dup=dup,
            fps=fps,
            frame=frame,
            inputs=inputs,
            mapping=mapping,
            outputs=outputs,
            packet=packet,
            q=q,
            size_kb=size_kb,
            speed=speed,
            started=started,
            time=time,
        )

        progress.additional_properties = d
        return progress

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
