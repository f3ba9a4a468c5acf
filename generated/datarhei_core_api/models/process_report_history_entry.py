from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_LINES = _types.model_of("ProcessReportHistoryEntryLines")
_CONVERT_LOG = _types.array_of(_types.array_of(_types.STRING))
_CONVERT_MATCHES = _types.array_of(_types.STRING)
_CONVERT_PRELUDE = _types.array_of(_types.STRING)
_CONVERT_PROGRESS = _types.model_of("Progress")
_CONVERT_RESOURCES = _types.model_of("ProcessUsage")


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
        value = get("created_at")
        if value is None:
            if "created_at" in src_dict:
                _types.absent(src_dict, "created_at", False, False, strict, _KNOWN_KEYS)
            model_.created_at = None
        elif value.__class__ is int:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.INTEGER, src_dict, "created_at", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("exit_state")
        if value is None:
            if "exit_state" in src_dict:
                _types.absent(src_dict, "exit_state", False, False, strict, _KNOWN_KEYS)
            model_.exit_state = None
        elif value.__class__ is str:
            model_.exit_state = value
        else:
            model_.exit_state = _types.fit(
                _types.STRING, src_dict, "exit_state", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("exited_at")
        if value is None:
            if "exited_at" in src_dict:
                _types.absent(src_dict, "exited_at", False, False, strict, _KNOWN_KEYS)
            model_.exited_at = None
        elif value.__class__ is int:
            model_.exited_at = value
        else:
            model_.exited_at = _types.fit(
                _types.INTEGER, src_dict, "exited_at", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("lines")
        if value is None:
            model_.lines = None
            if "lines" in src_dict:
                model_._nulls += ("lines",)
        elif value.__class__ is dict:
            try:
                model_.lines = _models.ProcessReportHistoryEntryLines._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("lines", src_dict) from None
        else:
            model_.lines = _types.fit(
                _CONVERT_LINES, src_dict, "lines", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("log")
        if value is None:
            model_.log = None
            if "log" in src_dict:
                model_._nulls += ("log",)
        elif _types.listed_lists(value, _STRING):
            model_.log = value
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("matches")
        if value is None:
            model_.matches = None
            if "matches" in src_dict:
                model_._nulls += ("matches",)
        elif _types.listed(value, _STRING):
            model_.matches = value
        else:
            model_.matches = _types.fit(
                _CONVERT_MATCHES, src_dict, "matches", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("prelude")
        if value is None:
            model_.prelude = None
            if "prelude" in src_dict:
                model_._nulls += ("prelude",)
        elif _types.listed(value, _STRING):
            model_.prelude = value
        else:
            model_.prelude = _types.fit(
                _CONVERT_PRELUDE, src_dict, "prelude", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("progress")
        if value is None:
            if "progress" in src_dict:
                _types.absent(src_dict, "progress", False, False, strict, _KNOWN_KEYS)
            model_.progress = None
        elif value.__class__ is dict:
            try:
                model_.progress = _models.Progress._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("progress", src_dict) from None
        else:
            model_.progress = _types.fit(
                _CONVERT_PROGRESS, src_dict, "progress", value, False, False, strict, _KNOWN_KEYS
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
