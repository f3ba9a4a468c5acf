from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_ffmpeg_access import ConfigDataFfmpegAccess
    from ..models.config_data_ffmpeg_log import ConfigDataFfmpegLog


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access",
        "binary",
        "disable_throttling",
        "log",
        "max_processes",
    }
)


@_attrs_define
class ConfigDataFfmpeg:
    """
    Attributes:
        access (ConfigDataFfmpegAccess | None):
        binary (str | None):
        disable_throttling (bool | None):
        log (ConfigDataFfmpegLog | None):
        max_processes (int | None):
    """

    access: ConfigDataFfmpegAccess | None = None
    binary: str | None = None
    disable_throttling: bool | None = None
    log: ConfigDataFfmpegLog | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("access")
        model_.access = None if value is None else _models.ConfigDataFfmpegAccess.from_dict(value)
        model_.binary = get("binary")
        model_.disable_throttling = get("disable_throttling")
        value = get("log")
        model_.log = None if value is None else _models.ConfigDataFfmpegLog.from_dict(value)
        model_.max_processes = get("max_processes")
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
