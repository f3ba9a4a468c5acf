from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "error",
        "last_contact_ms",
        "latency_ms",
        "status",
        "version",
    }
)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ClusterNodeCore:
    """
    Attributes:
        address (str | None):
        error (str | None):
        last_contact_ms (float | None): milliseconds
        latency_ms (float | None): milliseconds
        status (str | None):
        version (str | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    error: str | None = None
    last_contact_ms: float | None = None
    latency_ms: float | None = None
    status: str | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        error = self.error
        if error is not None:
            field_dict["error"] = error
        last_contact_ms = self.last_contact_ms
        if last_contact_ms is not None:
            field_dict["last_contact_ms"] = last_contact_ms
        latency_ms = self.latency_ms
        if latency_ms is not None:
            field_dict["latency_ms"] = latency_ms
        status = self.status
        if status is not None:
            field_dict["status"] = status
        version = self.version
        if version is not None:
            field_dict["version"] = version
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
        value = get("address")
        if value is None:
            if "address" in src_dict:
                _types.absent(src_dict, "address", False, False, strict, _KNOWN_KEYS)
            model_.address = None
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("error")
        if value is None:
            if "error" in src_dict:
                _types.absent(src_dict, "error", False, False, strict, _KNOWN_KEYS)
            model_.error = None
        elif value.__class__ is str:
            model_.error = value
        else:
            model_.error = _types.fit(
                _types.STRING, src_dict, "error", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("last_contact_ms")
        if value is None:
            if "last_contact_ms" in src_dict:
                _types.absent(src_dict, "last_contact_ms", False, False, strict, _KNOWN_KEYS)
            model_.last_contact_ms = None
        elif value.__class__ is float or value.__class__ is int:
            model_.last_contact_ms = value
        else:
            model_.last_contact_ms = _types.fit(
                _types.NUMBER, src_dict, "last_contact_ms", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("latency_ms")
        if value is None:
            if "latency_ms" in src_dict:
                _types.absent(src_dict, "latency_ms", False, False, strict, _KNOWN_KEYS)
            model_.latency_ms = None
        elif value.__class__ is float or value.__class__ is int:
            model_.latency_ms = value
        else:
            model_.latency_ms = _types.fit(
                _types.NUMBER, src_dict, "latency_ms", value, False, False, strict, _KNOWN_KEYS
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

        value = get("version")
        if value is None:
            if "version" in src_dict:
                _types.absent(src_dict, "version", False, False, strict, _KNOWN_KEYS)
            model_.version = None
        elif value.__class__ is str:
            model_.version = value
        else:
            model_.version = _types.fit(
                _types.STRING, src_dict, "version", value, False, False, strict, _KNOWN_KEYS
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
