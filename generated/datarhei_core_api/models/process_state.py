from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_PROGRESS = _types.model_of("Progress")
_CONVERT_COMMAND = _types.array_of(_types.STRING)
_CONVERT_RESOURCES = _types.model_of("ProcessUsage")


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
        model_._nulls = ()
        value = get("cpu_usage")
        if value is None:
            model_.cpu_usage = _types.absent(
                src_dict, "cpu_usage", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.cpu_usage = value
        else:
            model_.cpu_usage = _types.fit(
                _types.NUMBER, src_dict, "cpu_usage", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("exec")
        if value is None:
            model_.exec = _types.absent(src_dict, "exec", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.exec = value
        else:
            model_.exec = _types.fit(
                _types.STRING, src_dict, "exec", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("last_logline")
        if value is None:
            model_.last_logline = _types.absent(
                src_dict, "last_logline", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.last_logline = value
        else:
            model_.last_logline = _types.fit(
                _types.STRING, src_dict, "last_logline", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("memory_bytes")
        if value is None:
            model_.memory_bytes = _types.absent(
                src_dict, "memory_bytes", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.memory_bytes = value
        else:
            model_.memory_bytes = _types.fit(
                _types.INTEGER, src_dict, "memory_bytes", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("order")
        if value is None:
            model_.order = _types.absent(src_dict, "order", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.order = value
        else:
            model_.order = _types.fit(
                _types.STRING, src_dict, "order", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("progress")
        if value is None:
            model_.progress = _types.absent(src_dict, "progress", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.progress = _models.Progress._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("progress", src_dict) from None
        else:
            model_.progress = _types.fit(
                _CONVERT_PROGRESS, src_dict, "progress", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("reconnect_seconds")
        if value is None:
            model_.reconnect_seconds = _types.absent(
                src_dict, "reconnect_seconds", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.reconnect_seconds = value
        else:
            model_.reconnect_seconds = _types.fit(
                _types.INTEGER,
                src_dict,
                "reconnect_seconds",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("runtime_seconds")
        if value is None:
            model_.runtime_seconds = _types.absent(
                src_dict, "runtime_seconds", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.runtime_seconds = value
        else:
            model_.runtime_seconds = _types.fit(
                _types.INTEGER, src_dict, "runtime_seconds", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("command")
        if value is None:
            model_.command = None
            if "command" in src_dict:
                model_._nulls += ("command",)
        elif _types.listed(value, _STRING):
            model_.command = value
        else:
            model_.command = _types.fit(
                _CONVERT_COMMAND, src_dict, "command", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("limit_mode")
        if value is None:
            if "limit_mode" in src_dict:
                _types.absent(src_dict, "limit_mode", False, False, strict, _KNOWN_KEYS)
            model_.limit_mode = None
        elif value.__class__ is str:
            model_.limit_mode = value
        else:
            model_.limit_mode = _types.fit(
                _types.STRING, src_dict, "limit_mode", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("pid")
        if value is None:
            if "pid" in src_dict:
                _types.absent(src_dict, "pid", False, False, strict, _KNOWN_KEYS)
            model_.pid = None
        elif value.__class__ is int:
            model_.pid = value
        else:
            model_.pid = _types.fit(
                _types.INTEGER, src_dict, "pid", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("resources")
        if value is None:
            if "resources" in src_dict:
                _types.absent(src_dict, "resources", False, False, strict, _KNOWN_KEYS)
            model_.resources = None
        elif value.__class__ is dict:
            try:
                model_.resources = _models.ProcessUsage._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("resources", src_dict) from None
        else:
            model_.resources = _types.fit(
                _CONVERT_RESOURCES, src_dict, "resources", value, False, False, strict, _KNOWN_KEYS
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
