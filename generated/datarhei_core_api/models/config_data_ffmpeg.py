from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_ffmpeg_access import ConfigDataFfmpegAccess
    from ..models.config_data_ffmpeg_log import ConfigDataFfmpegLog


T = TypeVar("T", bound="ConfigDataFfmpeg")


@_attrs_define
class ConfigDataFfmpeg:
    """
    Attributes:
        access (ConfigDataFfmpegAccess | Unset):
        binary (str | Unset):
        disable_throttling (bool | Unset):
        log (ConfigDataFfmpegLog | Unset):
        max_processes (int | Unset):
    """

    access: ConfigDataFfmpegAccess | Unset = UNSET
    binary: str | Unset = UNSET
    disable_throttling: bool | Unset = UNSET
    log: ConfigDataFfmpegLog | Unset = UNSET
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
        from ..models.config_data_ffmpeg_access import ConfigDataFfmpegAccess  # noqa: PLC0415
        from ..models.config_data_ffmpeg_log import ConfigDataFfmpegLog  # noqa: PLC0415

        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: ConfigDataFfmpegAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ConfigDataFfmpegAccess.from_dict(_access)

        binary = d.pop("binary", UNSET)

        disable_throttling = d.pop("disable_throttling", UNSET)

        _log = d.pop("log", UNSET)
        log: ConfigDataFfmpegLog | Unset
        if isinstance(_log, Unset):
            log = UNSET
        else:
            log = ConfigDataFfmpegLog.from_dict(_log)

        max_processes = d.pop("max_processes", UNSET)

        config_data_ffmpeg = cls(
            access=access,
            binary=binary,
            disable_throttling=disable_throttling,
            log=log,
            max_processes=max_processes,
        )

        config_data_ffmpeg.additional_properties = d
        return config_data_ffmpeg

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
