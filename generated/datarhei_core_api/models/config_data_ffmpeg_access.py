from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_ffmpeg_access_input import ConfigDataFfmpegAccessInput
    from ..models.config_data_ffmpeg_access_output import ConfigDataFfmpegAccessOutput


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)


@_attrs_define
class ConfigDataFfmpegAccess:
    """
    Attributes:
        input (ConfigDataFfmpegAccessInput | None):
        output (ConfigDataFfmpegAccessOutput | None):
    """

    input: ConfigDataFfmpegAccessInput | None = None
    output: ConfigDataFfmpegAccessOutput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        input_ = self.input
        if input_ is not None:
            field_dict["input"] = input_.to_dict()
        output = self.output
        if output is not None:
            field_dict["output"] = output.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("input")
        model_.input = (
            None if value is None else _models.ConfigDataFfmpegAccessInput.from_dict(value)
        )
        value = get("output")
        model_.output = (
            None if value is None else _models.ConfigDataFfmpegAccessOutput.from_dict(value)
        )
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
