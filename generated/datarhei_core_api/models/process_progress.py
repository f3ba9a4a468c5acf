from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_progress_input import ProcessProgressInput
    from ..models.process_progress_output import ProcessProgressOutput


T = TypeVar("T", bound="ProcessProgress")


@_attrs_define
class ProcessProgress:
    """
    Attributes:
        input_ (list[ProcessProgressInput] | None | Unset):
        output (list[ProcessProgressOutput] | None | Unset):
        speed (float | Unset):
        time (float | Unset):
    """

    input_: list[ProcessProgressInput] | None | Unset = UNSET
    output: list[ProcessProgressOutput] | None | Unset = UNSET
    speed: float | Unset = UNSET
    time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item = input_type_0_item_data.to_dict()
                input_.append(input_type_0_item)

        else:
            input_ = self.input_

        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)

        else:
            output = self.output

        speed = self.speed

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if speed is not UNSET:
            field_dict["speed"] = speed
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.process_progress_input import ProcessProgressInput  # noqa: PLC0415
        from ..models.process_progress_output import ProcessProgressOutput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_(data: object) -> list[ProcessProgressInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = []
                _input_type_0 = data
                for input_type_0_item_data in _input_type_0:
                    input_type_0_item = ProcessProgressInput.from_dict(input_type_0_item_data)

                    input_type_0.append(input_type_0_item)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessProgressInput] | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(data: object) -> list[ProcessProgressOutput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:
                    output_type_0_item = ProcessProgressOutput.from_dict(output_type_0_item_data)

                    output_type_0.append(output_type_0_item)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessProgressOutput] | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        speed = d.pop("speed", UNSET)

        time = d.pop("time", UNSET)

        process_progress = cls(
            input_=input_,
            output=output,
            speed=speed,
            time=time,
        )

        process_progress.additional_properties = d
        return process_progress

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
