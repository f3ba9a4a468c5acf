from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_ffmpeg_access_input import ConfigDataFfmpegAccessInput
    from ..models.config_data_ffmpeg_access_output import ConfigDataFfmpegAccessOutput


T = TypeVar("T", bound="ConfigDataFfmpegAccess")


@_attrs_define
class ConfigDataFfmpegAccess:
    """
    Attributes:
        input_ (ConfigDataFfmpegAccessInput | Unset):
        output (ConfigDataFfmpegAccessOutput | Unset):
    """

    input_: ConfigDataFfmpegAccessInput | Unset = UNSET
    output: ConfigDataFfmpegAccessOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_data_ffmpeg_access_input import ConfigDataFfmpegAccessInput  # noqa: PLC0415
        from ..models.config_data_ffmpeg_access_output import (
            ConfigDataFfmpegAccessOutput,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: ConfigDataFfmpegAccessInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ConfigDataFfmpegAccessInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: ConfigDataFfmpegAccessOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ConfigDataFfmpegAccessOutput.from_dict(_output)

        config_data_ffmpeg_access = cls(
            input_=input_,
            output=output,
        )

        config_data_ffmpeg_access.additional_properties = d
        return config_data_ffmpeg_access

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
