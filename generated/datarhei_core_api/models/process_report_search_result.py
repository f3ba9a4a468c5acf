from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessReportSearchResult")

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
        created_at (int | Unset):
        domain (str | Unset):
        exit_state (str | Unset):
        exited_at (int | Unset):
        id (str | Unset):
        reference (str | Unset):
    """

    created_at: int | Unset = UNSET
    domain: str | Unset = UNSET
    exit_state: str | Unset = UNSET
    exited_at: int | Unset = UNSET
    id: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        domain = self.domain

        exit_state = self.exit_state

        exited_at = self.exited_at

        id = self.id

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if domain is not UNSET:
            field_dict["domain"] = domain
        if exit_state is not UNSET:
            field_dict["exit_state"] = exit_state
        if exited_at is not UNSET:
            field_dict["exited_at"] = exited_at
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.created_at = get("created_at", UNSET)
        model_.domain = get("domain", UNSET)
        model_.exit_state = get("exit_state", UNSET)
        model_.exited_at = get("exited_at", UNSET)
        model_.id = get("id", UNSET)
        model_.reference = get("reference", UNSET)
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
