from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "lasterror",
        "lasturl",
        "status",
        "url",
    }
)


@_attrs_define
class PlayoutStatusSwap:
    """
    Attributes:
        lasterror (str | None):
        lasturl (str | None):
        status (str | None):
        url (str | None):
    """

    lasterror: str | None = None
    lasturl: str | None = None
    status: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        lasterror = self.lasterror
        if lasterror is not None:
            field_dict["lasterror"] = lasterror
        lasturl = self.lasturl
        if lasturl is not None:
            field_dict["lasturl"] = lasturl
        status = self.status
        if status is not None:
            field_dict["status"] = status
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
        value = get("lasterror")
        if value is None:
            if "lasterror" in src_dict:
                _types.absent(src_dict, "lasterror", False, False, strict, _KNOWN_KEYS)
            model_.lasterror = None
        elif value.__class__ is str:
            model_.lasterror = value
        else:
            model_.lasterror = _types.fit(
                _types.STRING, src_dict, "lasterror", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("lasturl")
        if value is None:
            if "lasturl" in src_dict:
                _types.absent(src_dict, "lasturl", False, False, strict, _KNOWN_KEYS)
            model_.lasturl = None
        elif value.__class__ is str:
            model_.lasturl = value
        else:
            model_.lasturl = _types.fit(
                _types.STRING, src_dict, "lasturl", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("status")
        if value is None:
            if "status" in src_dict:
                _types.absent(src_dict, "status", False, False, strict, _KNOWN_KEYS)
            model_.status = None
        elif value.__class__ is str:
            model_.status = value
        else:
            model_.status = _types.fit(
                _types.STRING, src_dict, "status", value, False, False, strict, _KNOWN_KEYS
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
