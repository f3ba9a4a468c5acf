from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_usage import ProcessUsage
    from ..models.progress import Progress


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
        command (list[str] | None):
        cpu_usage (float | None): deprecated, use Resources.Memory.Current
        exec (str | None):
        last_logline (str | None):
        limit_mode (str | None):
        memory_bytes (int | None): deprecated, use Resources.CPU.Current
        order (str | None):
        pid (int | None):
        progress (Progress | None):
        reconnect_seconds (int | None):
        resources (ProcessUsage | None):
        runtime_seconds (int | None):
    """

    command: list[str] | None = None
    cpu_usage: float | None = None
    exec: str | None = None
    last_logline: str | None = None
    limit_mode: str | None = None
    memory_bytes: int | None = None
    order: str | None = None
    pid: int | None = None
    progress: Progress | None = None
    reconnect_seconds: int | None = None
    resources: ProcessUsage | None = None
    runtime_seconds: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        command = self.command
        if command is not None:
            field_dict["command"] = command
        elif "command" in self._nulls:
            field_dict["command"] = None
        cpu_usage = self.cpu_usage
        if cpu_usage is not None:
            field_dict["cpu_usage"] = cpu_usage
        exec_ = self.exec
        if exec_ is not None:
            field_dict["exec"] = exec_
        last_logline = self.last_logline
        if last_logline is not None:
            field_dict["last_logline"] = last_logline
        limit_mode = self.limit_mode
        if limit_mode is not None:
            field_dict["limit_mode"] = limit_mode
        memory_bytes = self.memory_bytes
        if memory_bytes is not None:
            field_dict["memory_bytes"] = memory_bytes
        order = self.order
        if order is not None:
            field_dict["order"] = order
        pid = self.pid
        if pid is not None:
            field_dict["pid"] = pid
        progress = self.progress
        if progress is not None:
            field_dict["progress"] = progress.to_dict()
        reconnect_seconds = self.reconnect_seconds
        if reconnect_seconds is not None:
            field_dict["reconnect_seconds"] = reconnect_seconds
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        runtime_seconds = self.runtime_seconds
        if runtime_seconds is not None:
            field_dict["runtime_seconds"] = runtime_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("command")
        if value is None:
            model_.command = None
            if "command" in src_dict:
                model_._nulls += ("command",)
        else:
            model_.command = value
        model_.cpu_usage = get("cpu_usage")
        model_.exec = get("exec")
        model_.last_logline = get("last_logline")
        model_.limit_mode = get("limit_mode")
        model_.memory_bytes = get("memory_bytes")
        model_.order = get("order")
        model_.pid = get("pid")
        value = get("progress")
        model_.progress = None if value is None else _models.Progress.from_dict(value)
        model_.reconnect_seconds = get("reconnect_seconds")
        value = get("resources")
        model_.resources = None if value is None else _models.ProcessUsage.from_dict(value)
        model_.runtime_seconds = get("runtime_seconds")
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
