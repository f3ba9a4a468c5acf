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
        "cpu_usage",
        "exec",
        "last_logline",
        "memory_bytes",
        "order",
        "progress",
        "reconnect_seconds",
        "runtime_seconds",
        "command",
        "limit_mode",
        "pid",
        "resources",
    }
)


@_attrs_define
class ProcessState:
    """
    Attributes:
        cpu_usage (float): deprecated, use resources.cpu_usage.cur
        exec (str):
        last_logline (str):
        memory_bytes (int): deprecated, use resources.memory_bytes.cur
        order (str):
        progress (Progress):
        reconnect_seconds (int):
        runtime_seconds (int):
        command (list[str] | None):
        limit_mode (str | None):
        pid (int | None):
        resources (ProcessUsage | None):
    """

    cpu_usage: float
    exec: str
    last_logline: str
    memory_bytes: int
    order: str
    progress: Progress
    reconnect_seconds: int
    runtime_seconds: int
    command: list[str] | None = None
    limit_mode: str | None = None
    pid: int | None = None
    resources: ProcessUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cpu_usage = self.cpu_usage
        field_dict["cpu_usage"] = cpu_usage
        exec_ = self.exec
        field_dict["exec"] = exec_
        last_logline = self.last_logline
        field_dict["last_logline"] = last_logline
        memory_bytes = self.memory_bytes
        field_dict["memory_bytes"] = memory_bytes
        order = self.order
        field_dict["order"] = order
        progress = self.progress
        field_dict["progress"] = progress.to_dict()
        reconnect_seconds = self.reconnect_seconds
        field_dict["reconnect_seconds"] = reconnect_seconds
        runtime_seconds = self.runtime_seconds
        field_dict["runtime_seconds"] = runtime_seconds
        command = self.command
        if command is not None:
            field_dict["command"] = command
        elif "command" in self._nulls:
            field_dict["command"] = None
        limit_mode = self.limit_mode
        if limit_mode is not None:
            field_dict["limit_mode"] = limit_mode
        pid = self.pid
        if pid is not None:
            field_dict["pid"] = pid
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.cpu_usage = src_dict["cpu_usage"]
        model_.exec = src_dict["exec"]
        model_.last_logline = src_dict["last_logline"]
        model_.memory_bytes = src_dict["memory_bytes"]
        model_.order = src_dict["order"]
        value = src_dict["progress"]
        model_.progress = _models.Progress.from_dict(value)
        model_.reconnect_seconds = src_dict["reconnect_seconds"]
        model_.runtime_seconds = src_dict["runtime_seconds"]
        value = get("command")
        if value is None:
            model_.command = None
            if "command" in src_dict:
                model_._nulls += ("command",)
        else:
            model_.command = value
        model_.limit_mode = get("limit_mode")
        model_.pid = get("pid")
        value = get("resources")
        model_.resources = None if value is None else _models.ProcessUsage.from_dict(value)
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
