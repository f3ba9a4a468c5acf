from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_token",
        "refresh_token",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class JWT:
    """
    Attributes:
        access_token (str):
        refresh_token (str):
    """

    access_token: str = _attrs_field(repr=_redacted)
    refresh_token: str = _attrs_field(repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access_token = self.access_token
        field_dict["access_token"] = access_token
        refresh_token = self.refresh_token
        field_dict["refresh_token"] = refresh_token
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
        value = get("access_token")
        if value is None:
            model_.access_token = _types.absent(
                src_dict, "access_token", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.access_token = value
        else:
            model_.access_token = _types.fit(
                _types.STRING, src_dict, "access_token", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("refresh_token")
        if value is None:
            model_.refresh_token = _types.absent(
                src_dict, "refresh_token", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.refresh_token = value
        else:
            model_.refresh_token = _types.fit(
                _types.STRING, src_dict, "refresh_token", value, True, False, strict, _KNOWN_KEYS
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
