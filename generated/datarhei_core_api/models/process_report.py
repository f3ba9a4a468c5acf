from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_report_history_entry import ProcessReportHistoryEntry
    from ..models.process_report_lines import ProcessReportLines


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "history",
        "lines",
        "log",
        "matches",
        "prelude",
    }
)


@_attrs_define
class ProcessReport:
    """
    Attributes:
        created_at (int):
        history (list[ProcessReportHistoryEntry] | None):
        lines (None | ProcessReportLines):
        log (list[list[str]] | None):
        matches (list[str] | None):
        prelude (list[str] | None):
    """

    created_at: int
    history: list[ProcessReportHistoryEntry] | None = None
    lines: None | ProcessReportLines = None
    log: list[list[str]] | None = None
    matches: list[str] | None = None
    prelude: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        created_at = self.created_at
        field_dict["created_at"] = created_at
        history = self.history
        if history is not None:
            field_dict["history"] = [item0.to_dict() for item0 in history]
        elif "history" in self._nulls:
            field_dict["history"] = None
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.created_at = src_dict["created_at"]
        value = get("history")
        if value is None:
            model_.history = None
            if "history" in src_dict:
                model_._nulls += ("history",)
        else:
            model_.history = [_models.ProcessReportHistoryEntry.from_dict(item0) for item0 in value]
        value = get("lines")
        if value is None:
            model_.lines = None
            if "lines" in src_dict:
                model_._nulls += ("lines",)
        else:
            model_.lines = _models.ProcessReportLines.from_dict(value)
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
