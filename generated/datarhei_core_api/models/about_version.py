from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        value = get("number")
        if value is None:
            model_.number = _types.absent(src_dict, "number", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.number = value
        else:
            model_.number = _types.fit(
                _types.STRING, src_dict, "number", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("arch")
        if value is None:
            if "arch" in src_dict:
                _types.absent(src_dict, "arch", False, False, strict, _KNOWN_KEYS)
            model_.arch = None
        elif value.__class__ is str:
            model_.arch = value
        else:
            model_.arch = _types.fit(
                _types.STRING, src_dict, "arch", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("build_date")
        if value is None:
            if "build_date" in src_dict:
                _types.absent(src_dict, "build_date", False, False, strict, _KNOWN_KEYS)
            model_.build_date = None
        elif value.__class__ is str:
            model_.build_date = value
        else:
            model_.build_date = _types.fit(
                _types.STRING, src_dict, "build_date", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("compiler")
        if value is None:
            if "compiler" in src_dict:
                _types.absent(src_dict, "compiler", False, False, strict, _KNOWN_KEYS)
            model_.compiler = None
        elif value.__class__ is str:
            model_.compiler = value
        else:
            model_.compiler = _types.fit(
                _types.STRING, src_dict, "compiler", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("repository_branch")
        if value is None:
            if "repository_branch" in src_dict:
                _types.absent(src_dict, "repository_branch", False, False, strict, _KNOWN_KEYS)
            model_.repository_branch = None
        elif value.__class__ is str:
            model_.repository_branch = value
        else:
            model_.repository_branch = _types.fit(
                _types.STRING,
                src_dict,
                "repository_branch",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("repository_commit")
        if value is None:
            if "repository_commit" in src_dict:
                _types.absent(src_dict, "repository_commit", False, False, strict, _KNOWN_KEYS)
            model_.repository_commit = None
        elif value.__class__ is str:
            model_.repository_commit = value
        else:
            model_.repository_commit = _types.fit(
                _types.STRING,
                src_dict,
                "repository_commit",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
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
