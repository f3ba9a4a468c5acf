from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_ffmpeg_access import SetConfigFfmpegAccess
    from ..models.set_config_ffmpeg_log import SetConfigFfmpegLog


T = TypeVar("T", bound="SetConfigFfmpeg")

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
class SetConfigFfmpeg:
    """
    Attributes:
        access (SetConfigFfmpegAccess | Unset):
        binary (str | Unset):
        disable_throttling (bool | Unset):
        log (SetConfigFfmpegLog | Unset):
        max_processes (int | Unset):
    """

    access: SetConfigFfmpegAccess | Unset = UNSET
    binary: str | Unset = UNSET
    disable_throttling: bool | Unset = UNSET
    log: SetConfigFfmpegLog | Unset = UNSET
    max_processes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        binary = self.binary

        disable_throttling = self.disable_throttling

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        max_processes = self.max_processes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if binary is not UNSET:
            field_dict["binary"] = binary
        if disable_throttling is not UNSET:
            field_dict["disable_throttling"] = disable_throttling
        if log is not UNSET:
            field_dict["log"] = log
        if max_processes is not UNSET:
            field_dict["max_processes"] = max_processes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("access", UNSET)
        model_.access = value if value is UNSET else _models.SetConfigFfmpegAccess.from_dict(value)
        model_.binary = get("binary", UNSET)
        model_.disable_throttling = get("disable_throttling", UNSET)
        value = get("log", UNSET)
        model_.log = value if value is UNSET else _models.SetConfigFfmpegLog.from_dict(value)
        model_.max_processes = get("max_processes", UNSET)
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
