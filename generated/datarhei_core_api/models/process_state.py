from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_usage import ProcessUsage
    from ..models.progress import Progress


T = TypeVar("T", bound="ProcessState")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "command",
        "cpu_usage",
        "exec",
        "last_logline",
        "limit_mode",
        "memory_bytes",
        "order",
        "pid",
        "progress",
        "reconnect_seconds",
        "resources",
        "runtime_seconds",
    }
)


@_attrs_define
class ProcessState:
    """
    Attributes:
        command (list[str] | None | Unset):
        cpu_usage (float | Unset): deprecated, use resources.cpu_usage.cur
        exec_ (str | Unset):
        last_logline (str | Unset):
        limit_mode (str | Unset):
        memory_bytes (int | Unset): deprecated, use resources.memory_bytes.cur
        order (str | Unset):
        pid (int | Unset):
        progress (Progress | Unset):
        reconnect_seconds (int | Unset):
        resources (ProcessUsage | Unset):
        runtime_seconds (int | Unset):
    """

    command: list[str] | None | Unset = UNSET
    cpu_usage: float | Unset = UNSET
    exec_: str | Unset = UNSET
    last_logline: str | Unset = UNSET
    limit_mode: str | Unset = UNSET
    memory_bytes: int | Unset = UNSET
    order: str | Unset = UNSET
    pid: int | Unset = UNSET
    progress: Progress | Unset = UNSET
    reconnect_seconds: int | Unset = UNSET
    resources: ProcessUsage | Unset = UNSET
    runtime_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: list[str] | None | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, list):
            command = self.command

        else:
            command = self.command

        cpu_usage = self.cpu_usage

        exec_ = self.exec_

        last_logline = self.last_logline

        limit_mode = self.limit_mode

        memory_bytes = self.memory_bytes

        order = self.order

        pid = self.pid

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        reconnect_seconds = self.reconnect_seconds

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        runtime_seconds = self.runtime_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if cpu_usage is not UNSET:
            field_dict["cpu_usage"] = cpu_usage
        if exec_ is not UNSET:
            field_dict["exec"] = exec_
        if last_logline is not UNSET:
            field_dict["last_logline"] = last_logline
        if limit_mode is not UNSET:
            field_dict["limit_mode"] = limit_mode
        if memory_bytes is not UNSET:
            field_dict["memory_bytes"] = memory_bytes
        if order is not UNSET:
            field_dict["order"] = order
        if pid is not UNSET:
            field_dict["pid"] = pid
        if progress is not UNSET:
            field_dict["progress"] = progress
        if reconnect_seconds is not UNSET:
            field_dict["reconnect_seconds"] = reconnect_seconds
        if resources is not UNSET:
            field_dict["resources"] = resources
        if runtime_seconds is not UNSET:
            field_dict["runtime_seconds"] = runtime_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.command = get("command", UNSET)
        model_.cpu_usage = get("cpu_usage", UNSET)
        model_.exec_ = get("exec", UNSET)
        model_.last_logline = get("last_logline", UNSET)
        model_.limit_mode = get("limit_mode", UNSET)
        model_.memory_bytes = get("memory_bytes", UNSET)
        model_.order = get("order", UNSET)
        model_.pid = get("pid", UNSET)
        value = get("progress", UNSET)
        model_.progress = value if value is UNSET else _models.Progress.from_dict(value)
        model_.reconnect_seconds = get("reconnect_seconds", UNSET)
        value = get("resources", UNSET)
        model_.resources = value if value is UNSET else _models.ProcessUsage.from_dict(value)
        model_.runtime_seconds = get("runtime_seconds", UNSET)
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
