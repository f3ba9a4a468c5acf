from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.session_summary_active import SessionSummaryActive
    from ..models.session_summary_summary import SessionSummarySummary


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "active",
        "summary",
    }
)

_CONVERT_ACTIVE = _types.model_of("SessionSummaryActive")
_CONVERT_SUMMARY = _types.model_of("SessionSummarySummary")


@_attrs_define
class SessionSummary:
    """
    Attributes:
        active (SessionSummaryActive | None):
        summary (SessionSummarySummary | None):
    """

    active: SessionSummaryActive | None = None
    summary: SessionSummarySummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        active = self.active
        if active is not None:
            field_dict["active"] = active.to_dict()
        summary = self.summary
        if summary is not None:
            field_dict["summary"] = summary.to_dict()
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
        value = get("active")
        if value is None:
            if "active" in src_dict:
                _types.absent(src_dict, "active", False, False, strict, _KNOWN_KEYS)
            model_.active = None
        elif value.__class__ is dict:
            try:
                model_.active = _models.SessionSummaryActive._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("active", src_dict) from None
        else:
            model_.active = _types.fit(
                _CONVERT_ACTIVE, src_dict, "active", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("summary")
        if value is None:
            if "summary" in src_dict:
                _types.absent(src_dict, "summary", False, False, strict, _KNOWN_KEYS)
            model_.summary = None
        elif value.__class__ is dict:
            try:
                model_.summary = _models.SessionSummarySummary._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("summary", src_dict) from None
        else:
            model_.summary = _types.fit(
                _CONVERT_SUMMARY, src_dict, "summary", value, False, False, strict, _KNOWN_KEYS
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
