from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "number",
        "arch",
        "build_date",
        "compiler",
        "repository_branch",
        "repository_commit",
    }
)


@_attrs_define
class AboutVersion:
    """
    Attributes:
        number (str):
        arch (str | None):
        build_date (str | None): RFC3339
        compiler (str | None):
        repository_branch (str | None):
        repository_commit (str | None):
    """

    number: str
    arch: str | None = None
    build_date: str | None = None
    compiler: str | None = None
    repository_branch: str | None = None
    repository_commit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        number = self.number
        field_dict["number"] = number
        arch = self.arch
        if arch is not None:
            field_dict["arch"] = arch
        build_date = self.build_date
        if build_date is not None:
            field_dict["build_date"] = build_date
        compiler = self.compiler
        if compiler is not None:
            field_dict["compiler"] = compiler
        repository_branch = self.repository_branch
        if repository_branch is not None:
            field_dict["repository_branch"] = repository_branch
        repository_commit = self.repository_commit
        if repository_commit is not None:
            field_dict["repository_commit"] = repository_commit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.number = src_dict["number"]
        model_.arch = get("arch")
        model_.build_date = get("build_date")
        model_.compiler = get("compiler")
        model_.repository_branch = get("repository_branch")
        model_.repository_commit = get("repository_commit")
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
