from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_summary_active import SessionSummaryActive
    from ..models.session_summary_summary import SessionSummarySummary


T = TypeVar("T", bound="SessionSummary")


@_attrs_define
class SessionSummary:
    """
    Attributes:
        active (SessionSummaryActive | Unset):
        summary (SessionSummarySummary | Unset):
    """

    active: SessionSummaryActive | Unset = UNSET
    summary: SessionSummarySummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_summary_active import SessionSummaryActive  # noqa: PLC0415
        from ..models.session_summary_summary import SessionSummarySummary  # noqa: PLC0415

        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        active: SessionSummaryActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = SessionSummaryActive.from_dict(_active)

        _summary = d.pop("summary", UNSET)
        summary: SessionSummarySummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = SessionSummarySummary.from_dict(_summary)

        session_summary = cls(
            active=active,
            summary=summary,
        )

        session_summary.additional_properties = d
        return session_summary

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
