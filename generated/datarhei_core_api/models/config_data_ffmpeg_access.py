from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.config_data_ffmpeg_access_input import ConfigDataFfmpegAccessInput
    from ..models.config_data_ffmpeg_access_output import ConfigDataFfmpegAccessOutput


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)

_CONVERT_INPUT = _types.model_of("ConfigDataFfmpegAccessInput")
_CONVERT_OUTPUT = _types.model_of("ConfigDataFfmpegAccessOutput")


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
        value = get("input")
        if value is None:
            if "input" in src_dict:
                _types.absent(src_dict, "input", False, False, strict, _KNOWN_KEYS)
            model_.input = None
        elif value.__class__ is dict:
            try:
                model_.input = _models.ConfigDataFfmpegAccessInput._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("input", src_dict) from None
        else:
            model_.input = _types.fit(
                _CONVERT_INPUT, src_dict, "input", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("output")
        if value is None:
            if "output" in src_dict:
                _types.absent(src_dict, "output", False, False, strict, _KNOWN_KEYS)
            model_.output = None
        elif value.__class__ is dict:
            try:
                model_.output = _models.ConfigDataFfmpegAccessOutput._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("output", src_dict) from None
        else:
            model_.output = _types.fit(
                _CONVERT_OUTPUT, src_dict, "output", value, False, False, strict, _KNOWN_KEYS
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
