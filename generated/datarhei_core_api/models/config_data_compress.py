from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "encoding",
        "mimetypes",
        "min_length",
    }
)


@_attrs_define
class ConfigDataCompress:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("encoding")
        if value is None:
            model_.encoding = None
            if "encoding" in src_dict:
                model_._nulls += ("encoding",)
        else:
            model_.encoding = value
        value = get("mimetypes")
        if value is None:
            model_.mimetypes = None
            if "mimetypes" in src_dict:
                model_._nulls += ("mimetypes",)
        else:
            model_.mimetypes = value
        model_.min_length = get("min_length")
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
