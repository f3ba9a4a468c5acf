from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigDataCompress")

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
        encoding (list[str] | None | Unset):
        mimetypes (list[str] | None | Unset):
        min_length (int | Unset):
    """

    encoding: list[str] | None | Unset = UNSET
    mimetypes: list[str] | None | Unset = UNSET
    min_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding: list[str] | None | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        elif isinstance(self.encoding, list):
            encoding = self.encoding

        else:
            encoding = self.encoding

        mimetypes: list[str] | None | Unset
        if isinstance(self.mimetypes, Unset):
            mimetypes = UNSET
        elif isinstance(self.mimetypes, list):
            mimetypes = self.mimetypes

        else:
            mimetypes = self.mimetypes

        min_length = self.min_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if mimetypes is not UNSET:
            field_dict["mimetypes"] = mimetypes
        if min_length is not UNSET:
            field_dict["min_length"] = min_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.encoding = get("encoding", UNSET)
        model_.mimetypes = get("mimetypes", UNSET)
        model_.min_length = get("min_length", UNSET)
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
