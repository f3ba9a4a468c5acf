from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "basic",
        "session",
        "token",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_BASIC = _types.array_of(_types.STRING)
_CONVERT_SESSION = _types.array_of(_types.STRING)
_CONVERT_TOKEN = _types.array_of(_types.STRING)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class IAMUserAuthServices:
    """
    Attributes:
        basic (list[str] | None):
        session (list[str] | None):
        token (list[str] | None):
    """

    basic: list[str] | None = _attrs_field(default=None, repr=_redacted)
    session: list[str] | None = _attrs_field(default=None, repr=_redacted)
    token: list[str] | None = _attrs_field(default=None, repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        basic = self.basic
        if basic is not None:
            field_dict["basic"] = basic
        elif "basic" in self._nulls:
            field_dict["basic"] = None
        session = self.session
        if session is not None:
            field_dict["session"] = session
        elif "session" in self._nulls:
            field_dict["session"] = None
        token = self.token
        if token is not None:
            field_dict["token"] = token
        elif "token" in self._nulls:
            field_dict["token"] = None
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
        model_._nulls = ()
        value = get("basic")
        if value is None:
            model_.basic = None
            if "basic" in src_dict:
                model_._nulls += ("basic",)
        elif _types.listed(value, _STRING):
            model_.basic = value
        else:
            model_.basic = _types.fit(
                _CONVERT_BASIC, src_dict, "basic", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("session")
        if value is None:
            model_.session = None
            if "session" in src_dict:
                model_._nulls += ("session",)
        elif _types.listed(value, _STRING):
            model_.session = value
        else:
            model_.session = _types.fit(
                _CONVERT_SESSION, src_dict, "session", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("token")
        if value is None:
            model_.token = None
            if "token" in src_dict:
                model_._nulls += ("token",)
        elif _types.listed(value, _STRING):
            model_.token = value
        else:
            model_.token = _types.fit(
                _CONVERT_TOKEN, src_dict, "token", value, False, True, strict, _KNOWN_KEYS
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
