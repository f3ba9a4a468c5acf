from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "last_contact_ms",
        "log_index",
        "log_term",
        "num_peers",
        "state",
    }
)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ClusterRaft:
    """
    Attributes:
        address (str | None):
        last_contact_ms (float | None): milliseconds
        log_index (int | None):
        log_term (int | None):
        num_peers (int | None):
        state (str | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    last_contact_ms: float | None = None
    log_index: int | None = None
    log_term: int | None = None
    num_peers: int | None = None
    state: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        last_contact_ms = self.last_contact_ms
        if last_contact_ms is not None:
            field_dict["last_contact_ms"] = last_contact_ms
        log_index = self.log_index
        if log_index is not None:
            field_dict["log_index"] = log_index
        log_term = self.log_term
        if log_term is not None:
            field_dict["log_term"] = log_term
        num_peers = self.num_peers
        if num_peers is not None:
            field_dict["num_peers"] = num_peers
        state = self.state
        if state is not None:
            field_dict["state"] = state
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

        value = get("log_index")
        if value is None:
            if "log_index" in src_dict:
                _types.absent(src_dict, "log_index", False, False, strict, _KNOWN_KEYS)
            model_.log_index = None
        elif value.__class__ is int:
            model_.log_index = value
        else:
            model_.log_index = _types.fit(
                _types.INTEGER, src_dict, "log_index", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("log_term")
        if value is None:
            if "log_term" in src_dict:
                _types.absent(src_dict, "log_term", False, False, strict, _KNOWN_KEYS)
            model_.log_term = None
        elif value.__class__ is int:
            model_.log_term = value
        else:
            model_.log_term = _types.fit(
                _types.INTEGER, src_dict, "log_term", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("num_peers")
        if value is None:
            if "num_peers" in src_dict:
                _types.absent(src_dict, "num_peers", False, False, strict, _KNOWN_KEYS)
            model_.num_peers = None
        elif value.__class__ is int:
            model_.num_peers = value
        else:
            model_.num_peers = _types.fit(
                _types.INTEGER, src_dict, "num_peers", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("state")
        if value is None:
            if "state" in src_dict:
                _types.absent(src_dict, "state", False, False, strict, _KNOWN_KEYS)
            model_.state = None
        elif value.__class__ is str:
            model_.state = value
        else:
            model_.state = _types.fit(
                _types.STRING, src_dict, "state", value, False, False, strict, _KNOWN_KEYS
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
