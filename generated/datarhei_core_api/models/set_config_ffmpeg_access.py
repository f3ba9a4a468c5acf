from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_ffmpeg_access_input import SetConfigFfmpegAccessInput
    from ..models.set_config_ffmpeg_access_output import SetConfigFfmpegAccessOutput


T = TypeVar("T", bound="SetConfigFfmpegAccess")


@_attrs_define
class SetConfigFfmpegAccess:
    """
    Attributes:
        input_ (SetConfigFfmpegAccessInput | Unset):
        output (SetConfigFfmpegAccessOutput | Unset):
    """

    input_: SetConfigFfmpegAccessInput | Unset = UNSET
    output: SetConfigFfmpegAccessOutput | Unset = UNSET
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
        from ..models.set_config_ffmpeg_access_input import SetConfigFfmpegAccessInput  # noqa: PLC0415
        from ..models.set_config_ffmpeg_access_output import SetConfigFfmpegAccessOutput  # noqa: PLC0415

        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: SetConfigFfmpegAccessInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = SetConfigFfmpegAccessInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: SetConfigFfmpegAccessOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = SetConfigFfmpegAccessOutput.from_dict(_output)

        set_config_ffmpeg_access = cls(
            input_=input_,
            output=output,
        )

        set_config_ffmpeg_access.additional_properties = d
        return set_config_ffmpeg_access

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
