from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_report_history_entry import ProcessReportHistoryEntry
    from ..models.process_report_lines import ProcessReportLines


T = TypeVar("T", bound="ProcessReport")

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
        created_at (int | Unset):
        history (list[ProcessReportHistoryEntry] | None | Unset):
        lines (None | ProcessReportLines | Unset):
        log (list[list[str]] | None | Unset):
        matches (list[str] | None | Unset):
        prelude (list[str] | None | Unset):
    """

    created_at: int | Unset = UNSET
    history: list[ProcessReportHistoryEntry] | None | Unset = UNSET
    lines: None | ProcessReportLines | Unset = UNSET
    log: list[list[str]] | None | Unset = UNSET
    matches: list[str] | None | Unset = UNSET
    prelude: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.process_report_lines import ProcessReportLines  # noqa: PLC0415

        created_at = self.created_at

        history: list[dict[str, Any]] | None | Unset
        if isinstance(self.history, Unset):
            history = UNSET
        elif isinstance(self.history, list):
            history = []
            for history_type_0_item_data in self.history:
                history_type_0_item = history_type_0_item_data.to_dict()
                history.append(history_type_0_item)

        else:
            history = self.history

        lines: dict[str, Any] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, ProcessReportLines):
            lines = self.lines.to_dict()
        else:
            lines = self.lines

        log: list[list[str]] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = []
            for log_type_0_item_data in self.log:
                log_type_0_item = log_type_0_item_data

                log.append(log_type_0_item)

        else:
            log = self.log

        matches: list[str] | None | Unset
        if isinstance(self.matches, Unset):
            matches = UNSET
        elif isinstance(self.matches, list):
            matches = self.matches

        else:
            matches = self.matches

        prelude: list[str] | None | Unset
        if isinstance(self.prelude, Unset):
            prelude = UNSET
        elif isinstance(self.prelude, list):
            prelude = self.prelude

        else:
            prelude = self.prelude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if history is not UNSET:
            field_dict["history"] = history
        if lines is not UNSET:
            field_dict["lines"] = lines
        if log is not UNSET:
            field_dict["log"] = log
        if matches is not UNSET:
            field_dict["matches"] = matches
        if prelude is not UNSET:
            field_dict["prelude"] = prelude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.created_at = get("created_at", UNSET)
        value = get("history", UNSET)
        model_.history = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.ProcessReportHistoryEntry.from_dict(item0) for item0 in value]
            )
        )
        value = get("lines", UNSET)
        model_.lines = (
            value
            if value is UNSET
            else (None if value is None else _models.ProcessReportLines.from_dict(value))
        )
        model_.log = get("log", UNSET)
        model_.matches = get("matches", UNSET)
        model_.prelude = get("prelude", UNSET)
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
