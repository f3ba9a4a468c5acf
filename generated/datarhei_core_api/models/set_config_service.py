from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "enable",
        "token",
        "url",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class SetConfigService:
    """
    Attributes:
        enable (bool | None):
        token (str | None):
        url (str | None):
    """

    enable: bool | None = None
    token: str | None = _attrs_field(default=None, repr=_redacted)
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        token = self.token
        if token is not None:
            field_dict["token"] = token
        url = self.url
        if url is not None:
            field_dict["url"] = url
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
        value = get("enable")
        if value is None:
            if "enable" in src_dict:
                _types.absent(src_dict, "enable", False, False, strict, _KNOWN_KEYS)
            model_.enable = None
        elif value.__class__ is bool:
            model_.enable = value
        else:
            model_.enable = _types.fit(
                _types.BOOLEAN, src_dict, "enable", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("token")
        if value is None:
            if "token" in src_dict:
                _types.absent(src_dict, "token", False, False, strict, _KNOWN_KEYS)
            model_.token = None
        elif value.__class__ is str:
            model_.token = value
        else:
            model_.token = _types.fit(
                _types.STRING, src_dict, "token", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("url")
        if value is None:
            if "url" in src_dict:
                _types.absent(src_dict, "url", False, False, strict, _KNOWN_KEYS)
            model_.url = None
        elif value.__class__ is str:
            model_.url = value
        else:
            model_.url = _types.fit(
                _types.STRING, src_dict, "url", value, False, False, strict, _KNOWN_KEYS
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
