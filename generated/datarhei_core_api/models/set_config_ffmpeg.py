from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.set_config_ffmpeg_access import SetConfigFfmpegAccess
    from ..models.set_config_ffmpeg_log import SetConfigFfmpegLog


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access",
        "binary",
        "disable_throttling",
        "log",
        "max_processes",
    }
)

_CONVERT_ACCESS = _types.model_of("SetConfigFfmpegAccess")
_CONVERT_LOG = _types.model_of("SetConfigFfmpegLog")


@_attrs_define
class SetConfigFfmpeg:
    """
    Attributes:
        access (SetConfigFfmpegAccess | None):
        binary (str | None):
        disable_throttling (bool | None):
        log (SetConfigFfmpegLog | None):
        max_processes (int | None):
    """

    access: SetConfigFfmpegAccess | None = None
    binary: str | None = None
    disable_throttling: bool | None = None
    log: SetConfigFfmpegLog | None = None
    max_processes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access = self.access
        if access is not None:
            field_dict["access"] = access.to_dict()
        binary = self.binary
        if binary is not None:
            field_dict["binary"] = binary
        disable_throttling = self.disable_throttling
        if disable_throttling is not None:
            field_dict["disable_throttling"] = disable_throttling
        log = self.log
        if log is not None:
            field_dict["log"] = log.to_dict()
        max_processes = self.max_processes
        if max_processes is not None:
            field_dict["max_processes"] = max_processes
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
        value = get("access")
        if value is None:
            if "access" in src_dict:
                _types.absent(src_dict, "access", False, False, strict, _KNOWN_KEYS)
            model_.access = None
        elif value.__class__ is dict:
            try:
                model_.access = _models.SetConfigFfmpegAccess._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("access", src_dict) from None
        else:
            model_.access = _types.fit(
                _CONVERT_ACCESS, src_dict, "access", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("binary")
        if value is None:
            if "binary" in src_dict:
                _types.absent(src_dict, "binary", False, False, strict, _KNOWN_KEYS)
            model_.binary = None
        elif value.__class__ is str:
            model_.binary = value
        else:
            model_.binary = _types.fit(
                _types.STRING, src_dict, "binary", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("disable_throttling")
        if value is None:
            if "disable_throttling" in src_dict:
                _types.absent(src_dict, "disable_throttling", False, False, strict, _KNOWN_KEYS)
            model_.disable_throttling = None
        elif value.__class__ is bool:
            model_.disable_throttling = value
        else:
            model_.disable_throttling = _types.fit(
                _types.BOOLEAN,
                src_dict,
                "disable_throttling",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("log")
        if value is None:
            if "log" in src_dict:
                _types.absent(src_dict, "log", False, False, strict, _KNOWN_KEYS)
            model_.log = None
        elif value.__class__ is dict:
            try:
                model_.log = _models.SetConfigFfmpegLog._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("log", src_dict) from None
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_processes")
        if value is None:
            if "max_processes" in src_dict:
                _types.absent(src_dict, "max_processes", False, False, strict, _KNOWN_KEYS)
            model_.max_processes = None
        elif value.__class__ is int:
            model_.max_processes = value
        else:
            model_.max_processes = _types.fit(
                _types.INTEGER, src_dict, "max_processes", value, False, False, strict, _KNOWN_KEYS
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
