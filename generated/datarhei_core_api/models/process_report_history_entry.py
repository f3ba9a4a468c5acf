from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_report_history_entry_lines import ProcessReportHistoryEntryLines
    from ..models.process_usage import ProcessUsage
    from ..models.progress import Progress


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "exit_state",
        "exited_at",
        "lines",
        "log",
        "matches",
        "prelude",
        "progress",
        "resources",
    }
)


@_attrs_define
class ProcessReportHistoryEntry:
    """
    Attributes:
        created_at (int | None):
        exit_state (str | None):
        exited_at (int | None):
        lines (None | ProcessReportHistoryEntryLines):
        log (list[list[str]] | None):
        matches (list[str] | None):
        prelude (list[str] | None):
        progress (Progress | None):
        resources (ProcessUsage | None):
    """

    created_at: int | None = None
    exit_state: str | None = None
    exited_at: int | None = None
    lines: None | ProcessReportHistoryEntryLines = None
    log: list[list[str]] | None = None
    matches: list[str] | None = None
    prelude: list[str] | None = None
    progress: Progress | None = None
    resources: ProcessUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        exit_state = self.exit_state
        if exit_state is not None:
            field_dict["exit_state"] = exit_state
        exited_at = self.exited_at
        if exited_at is not None:
            field_dict["exited_at"] = exited_at
        lines = self.lines
        if lines is not None:
            field_dict["lines"] = lines.to_dict()
        elif "lines" in self._nulls:
            field_dict["lines"] = None
        log = self.log
        if log is not None:
            field_dict["log"] = log
        elif "log" in self._nulls:
            field_dict["log"] = None
        matches = self.matches
        if matches is not None:
            field_dict["matches"] = matches
        elif "matches" in self._nulls:
            field_dict["matches"] = None
        prelude = self.prelude
        if prelude is not None:
            field_dict["prelude"] = prelude
        elif "prelude" in self._nulls:
            field_dict["prelude"] = None
        progress = self.progress
        if progress is not None:
            field_dict["progress"] = progress.to_dict()
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.created_at = get("created_at")
        model_.exit_state = get("exit_state")
        model_.exited_at = get("exited_at")
        value = get("lines")
        if value is None:
            model_.lines = None
            if "lines" in src_dict:
                model_._nulls += ("lines",)
        else:
            model_.lines = _models.ProcessReportHistoryEntryLines.from_dict(value)
        value = get("log")
        if value is None:
            model_.log = None
            if "log" in src_dict:
                model_._nulls += ("log",)
        else:
            model_.log = value
        value = get("matches")
        if value is None:
            model_.matches = None
            if "matches" in src_dict:
                model_._nulls += ("matches",)
        else:
            model_.matches = value
        value = get("prelude")
        if value is None:
            model_.prelude = None
            if "prelude" in src_dict:
                model_._nulls += ("prelude",)
        else:
            model_.prelude = value
        value = get("progress")
        model_.progress = None if value is None else _models.Progress.from_dict(value)
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
