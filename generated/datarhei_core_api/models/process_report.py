from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_report_history_entry import ProcessReportHistoryEntry
    from ..models.process_report_lines_type_0 import ProcessReportLinesType0


T = TypeVar("T", bound="ProcessReport")


@_attrs_define
class ProcessReport:
    """
    Attributes:
        created_at (int | Unset):
        history (list[ProcessReportHistoryEntry] | None | Unset):
        lines (None | ProcessReportLinesType0 | Unset):
        log (list[list[str]] | None | Unset):
        matches (list[str] | None | Unset):
        prelude (list[str] | None | Unset):
    """

    created_at: int | Unset = UNSET
    history: list[ProcessReportHistoryEntry] | None | Unset = UNSET
    lines: None | ProcessReportLinesType0 | Unset = UNSET
    log: list[list[str]] | None | Unset = UNSET
    matches: list[str] | None | Unset = UNSET
    prelude: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.process_report_lines_type_0 import ProcessReportLinesType0  # noqa: PLC0415

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
        elif isinstance(self.lines, ProcessReportLinesType0):
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
        from ..models.process_report_history_entry import ProcessReportHistoryEntry  # noqa: PLC0415
        from ..models.process_report_lines_type_0 import ProcessReportLinesType0  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        def _parse_history(data: object) -> list[ProcessReportHistoryEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                history_type_0 = []
                _history_type_0 = data
                for history_type_0_item_data in _history_type_0:
                    history_type_0_item = ProcessReportHistoryEntry.from_dict(
                        history_type_0_item_data
                    )

                    history_type_0.append(history_type_0_item)

                return history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessReportHistoryEntry] | None | Unset, data)

        history = _parse_history(d.pop("history", UNSET))

        def _parse_lines(data: object) -> None | ProcessReportLinesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lines_type_0 = ProcessReportLinesType0.from_dict(data)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessReportLinesType0 | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_log(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                log_type_0 = []
                _log_type_0 = data
                for log_type_0_item_data in _log_type_0:
                    log_type_0_item = cast(list[str], log_type_0_item_data)

                    log_type_0.append(log_type_0_item)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        def _parse_matches(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matches_type_0 = cast(list[str], data)

                return matches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        matches = _parse_matches(d.pop("matches", UNSET))

        def _parse_prelude(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prelude_type_0 = cast(list[str], data)

                return prelude_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        prelude = _parse_prelude(d.pop("prelude", UNSET))

        process_report = cls(
            created_at=created_at,
            history=history,
            lines=lines,
            log=log,
            matches=matches,
            prelude=prelude,
        )

        process_report.additional_properties = d
        return process_report

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
