from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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

        value = get("domain")
        if value is None:
            if "domain" in src_dict:
                _types.absent(src_dict, "domain", False, False, strict, _KNOWN_KEYS)
            model_.domain = None
        elif value.__class__ is str:
            model_.domain = value
        else:
            model_.domain = _types.fit(
                _types.STRING, src_dict, "domain", value, False, False, strict, _KNOWN_KEYS
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

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("reference")
        if value is None:
            if "reference" in src_dict:
                _types.absent(src_dict, "reference", False, False, strict, _KNOWN_KEYS)
            model_.reference = None
        elif value.__class__ is str:
            model_.reference = value
        else:
            model_.reference = _types.fit(
                _types.STRING, src_dict, "reference", value, False, False, strict, _KNOWN_KEYS
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
