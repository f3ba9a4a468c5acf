from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_progress import ProcessProgress


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "core_id",
        "domain",
        "line",
        "pid",
        "progress",
        "ts",
        "type",
    }
)


@_attrs_define
class ProcessEvent:
    """
    Attributes:
        core_id (str | None):
        domain (str | None):
        line (str | None):
        pid (str | None):
        progress (ProcessProgress | None):
        ts (int | None):
        type (str | None):
    """

    core_id: str | None = None
    domain: str | None = None
    line: str | None = None
    pid: str | None = None
    progress: ProcessProgress | None = None
    ts: int | None = None
    type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        core_id = self.core_id
        if core_id is not None:
            field_dict["core_id"] = core_id
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        line = self.line
        if line is not None:
            field_dict["line"] = line
        pid = self.pid
        if pid is not None:
            field_dict["pid"] = pid
        progress = self.progress
        if progress is not None:
            field_dict["progress"] = progress.to_dict()
        ts = self.ts
        if ts is not None:
            field_dict["ts"] = ts
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.core_id = get("core_id")
        model_.domain = get("domain")
        model_.line = get("line")
        model_.pid = get("pid")
        value = get("progress")
        model_.progress = None if value is None else _models.ProcessProgress.from_dict(value)
        model_.ts = get("ts")
        model_.type = get("type")
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
