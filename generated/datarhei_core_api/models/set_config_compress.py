from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "encoding",
        "mimetypes",
        "min_length",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_ENCODING = _types.array_of(_types.STRING)
_CONVERT_MIMETYPES = _types.array_of(_types.STRING)


@_attrs_define
class SetConfigCompress:
    """
    Attributes:
        encoding (list[str] | None):
        mimetypes (list[str] | None):
        min_length (int | None):
    """

    encoding: list[str] | None = None
    mimetypes: list[str] | None = None
    min_length: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        encoding = self.encoding
        if encoding is not None:
            field_dict["encoding"] = encoding
        elif "encoding" in self._nulls:
            field_dict["encoding"] = None
        mimetypes = self.mimetypes
        if mimetypes is not None:
            field_dict["mimetypes"] = mimetypes
        elif "mimetypes" in self._nulls:
            field_dict["mimetypes"] = None
        min_length = self.min_length
        if min_length is not None:
            field_dict["min_length"] = min_length
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
        value = get("encoding")
        if value is None:
            model_.encoding = None
            if "encoding" in src_dict:
                model_._nulls += ("encoding",)
        elif _types.listed(value, _STRING):
            model_.encoding = value
        else:
            model_.encoding = _types.fit(
                _CONVERT_ENCODING, src_dict, "encoding", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("mimetypes")
        if value is None:
            model_.mimetypes = None
            if "mimetypes" in src_dict:
                model_._nulls += ("mimetypes",)
        elif _types.listed(value, _STRING):
            model_.mimetypes = value
        else:
            model_.mimetypes = _types.fit(
                _CONVERT_MIMETYPES, src_dict, "mimetypes", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("min_length")
        if value is None:
            if "min_length" in src_dict:
                _types.absent(src_dict, "min_length", False, False, strict, _KNOWN_KEYS)
            model_.min_length = None
        elif value.__class__ is int:
            model_.min_length = value
        else:
            model_.min_length = _types.fit(
                _types.INTEGER, src_dict, "min_length", value, False, False, strict, _KNOWN_KEYS
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
