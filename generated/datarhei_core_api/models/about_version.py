from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AboutVersion")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "arch",
        "build_date",
        "compiler",
        "number",
        "repository_branch",
        "repository_commit",
    }
)


@_attrs_define
class AboutVersion:
    """
    Attributes:
        arch (str | Unset):
        build_date (str | Unset): RFC3339
        compiler (str | Unset):
        number (str | Unset):
        repository_branch (str | Unset):
        repository_commit (str | Unset):
    """

    arch: str | Unset = UNSET
    build_date: str | Unset = UNSET
    compiler: str | Unset = UNSET
    number: str | Unset = UNSET
    repository_branch: str | Unset = UNSET
    repository_commit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch

        build_date = self.build_date

        compiler = self.compiler

        number = self.number

        repository_branch = self.repository_branch

        repository_commit = self.repository_commit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arch is not UNSET:
            field_dict["arch"] = arch
        if build_date is not UNSET:
            field_dict["build_date"] = build_date
        if compiler is not UNSET:
            field_dict["compiler"] = compiler
        if number is not UNSET:
            field_dict["number"] = number
        if repository_branch is not UNSET:
            field_dict["repository_branch"] = repository_branch
        if repository_commit is not UNSET:
            field_dict["repository_commit"] = repository_commit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.arch = get("arch", UNSET)
        model_.build_date = get("build_date", UNSET)
        model_.compiler = get("compiler", UNSET)
        model_.number = get("number", UNSET)
        model_.repository_branch = get("repository_branch", UNSET)
        model_.repository_commit = get("repository_commit", UNSET)
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
