from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_progress import ProcessProgress


T = TypeVar("T", bound="ProcessEvent")

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
        core_id (str | Unset):
        domain (str | Unset):
        line (str | Unset):
        pid (str | Unset):
        progress (ProcessProgress | Unset):
        ts (int | Unset):
        type_ (str | Unset):
    """

    core_id: str | Unset = UNSET
    domain: str | Unset = UNSET
    line: str | Unset = UNSET
    pid: str | Unset = UNSET
    progress: ProcessProgress | Unset = UNSET
    ts: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        core_id = self.core_id

        domain = self.domain

        line = self.line

        pid = self.pid

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        ts = self.ts

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if core_id is not UNSET:
            field_dict["core_id"] = core_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if line is not UNSET:
            field_dict["line"] = line
        if pid is not UNSET:
            field_dict["pid"] = pid
        if progress is not UNSET:
            field_dict["progress"] = progress
        if ts is not UNSET:
            field_dict["ts"] = ts
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.core_id = get("core_id", UNSET)
        model_.domain = get("domain", UNSET)
        model_.line = get("line", UNSET)
        model_.pid = get("pid", UNSET)
        value = get("progress", UNSET)
        model_.progress = value if value is UNSET else _models.ProcessProgress.from_dict(value)
        model_.ts = get("ts", UNSET)
        model_.type_ = get("type", UNSET)
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
