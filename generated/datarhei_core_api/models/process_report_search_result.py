from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "domain",
        "exit_state",
        "exited_at",
        "id",
        "reference",
    }
)


@_attrs_define
class ProcessReportSearchResult:
    """
    Attributes:
        created_at (int | None):
        domain (str | None):
        exit_state (str | None):
        exited_at (int | None):
        id (str | None):
        reference (str | None):
    """

    created_at: int | None = None
    domain: str | None = None
    exit_state: str | None = None
    exited_at: int | None = None
    id: str | None = None
    reference: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        exit_state = self.exit_state
        if exit_state is not None:
            field_dict["exit_state"] = exit_state
        exited_at = self.exited_at
        if exited_at is not None:
            field_dict["exited_at"] = exited_at
        id = self.id
        if id is not None:
            field_dict["id"] = id
        reference = self.reference
        if reference is not None:
            field_dict["reference"] = reference
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.created_at = get("created_at")
        model_.domain = get("domain")
        model_.exit_state = get("exit_state")
        model_.exited_at = get("exited_at")
        model_.id = get("id")
        model_.reference = get("reference")
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
