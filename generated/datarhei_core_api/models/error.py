from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "details",
        "message",
    }
)


@_attrs_define
class Error:
    """
    Attributes:
        code (int | None):
        details (list[str] | None):
        message (str | None):
    """

    code: int | None = None
    details: list[str] | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        code = self.code
        if code is not None:
            field_dict["code"] = code
        details = self.details
        if details is not None:
            field_dict["details"] = details
        elif "details" in self._nulls:
            field_dict["details"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.code = get("code")
        value = get("details")
        if value is None:
            model_.details = None
            if "details" in src_dict:
                model_._nulls += ("details",)
        else:
            model_.details = value
        model_.message = get("message")
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
