from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_progress import ProcessProgress


T = TypeVar("T", bound="ProcessEvent")


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
        from ..models.process_progress import ProcessProgress  # noqa: PLC0415

        d = dict(src_dict)
        core_id = d.pop("core_id", UNSET)

        domain = d.pop("domain", UNSET)

        line = d.pop("line", UNSET)

        pid = d.pop("pid", UNSET)

        _progress = d.pop("progress", UNSET)
        progress: ProcessProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ProcessProgress.from_dict(_progress)

        ts = d.pop("ts", UNSET)

        type_ = d.pop("type", UNSET)

        process_event = cls(
            core_id=core_id,
            domain=domain,
            line=line,
            pid=pid,
            progress=progress,
            ts=ts,
            type_=type_,
        )

        process_event.additional_properties = d
        return process_event

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
