from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "audience",
        "client_id",
        "domain",
    }
)


@_attrs_define
class IAMAuth0Tenant:
    """
    Attributes:
        audience (str | None):
        client_id (str | None):
        domain (str | None):
    """

    audience: str | None = None
    client_id: str | None = None
    domain: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        audience = self.audience
        if audience is not None:
            field_dict["audience"] = audience
        client_id = self.client_id
        if client_id is not None:
            field_dict["client_id"] = client_id
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
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
        value = get("audience")
        if value is None:
            if "audience" in src_dict:
                _types.absent(src_dict, "audience", False, False, strict, _KNOWN_KEYS)
            model_.audience = None
        elif value.__class__ is str:
            model_.audience = value
        else:
            model_.audience = _types.fit(
                _types.STRING, src_dict, "audience", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("client_id")
        if value is None:
            if "client_id" in src_dict:
                _types.absent(src_dict, "client_id", False, False, strict, _KNOWN_KEYS)
            model_.client_id = None
        elif value.__class__ is str:
            model_.client_id = value
        else:
            model_.client_id = _types.fit(
                _types.STRING, src_dict, "client_id", value, False, False, strict, _KNOWN_KEYS
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
