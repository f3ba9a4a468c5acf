from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_progress_input import ProcessProgressInput
    from ..models.process_progress_output import ProcessProgressOutput


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input",
        "output",
        "speed",
        "time",
    }
)


@_attrs_define
class ProcessProgress:
    """
    Attributes:
        input (list[ProcessProgressInput] | None):
        output (list[ProcessProgressOutput] | None):
        speed (float | None):
        time (float | None):
    """

    input: list[ProcessProgressInput] | None = None
    output: list[ProcessProgressOutput] | None = None
    speed: float | None = None
    time: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        input_ = self.input
        if input_ is not None:
            field_dict["input"] = [item0.to_dict() for item0 in input_]
        elif "input" in self._nulls:
            field_dict["input"] = None
        output = self.output
        if output is not None:
            field_dict["output"] = [item0.to_dict() for item0 in output]
        elif "output" in self._nulls:
            field_dict["output"] = None
        speed = self.speed
        if speed is not None:
            field_dict["speed"] = speed
        time = self.time
        if time is not None:
            field_dict["time"] = time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("input")
        if value is None:
            model_.input = None
            if "input" in src_dict:
                model_._nulls += ("input",)
        else:
            model_.input = [_models.ProcessProgressInput.from_dict(item0) for item0 in value]
        value = get("output")
        if value is None:
            model_.output = None
            if "output" in src_dict:
                model_._nulls += ("output",)
        else:
            model_.output = [_models.ProcessProgressOutput.from_dict(item0) for item0 in value]
        model_.speed = get("speed")
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
