from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.session_token_request_extra import SessionTokenRequestExtra


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "extra",
        "match",
        "remote",
        "token",
        "ttl_sec",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_EXTRA = _types.model_of("SessionTokenRequestExtra")
_CONVERT_REMOTE = _types.array_of(_types.STRING)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class SessionTokenRequest:
    """
    Attributes:
        extra (None | SessionTokenRequestExtra):
        match (str | None):
        remote (list[str] | None):
        token (str | None):
        ttl_sec (int | None):
    """

    extra: None | SessionTokenRequestExtra = None
    match: str | None = None
    remote: list[str] | None = None
    token: str | None = _attrs_field(default=None, repr=_redacted)
    ttl_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        extra = self.extra
        if extra is not None:
            field_dict["extra"] = extra.to_dict()
        elif "extra" in self._nulls:
            field_dict["extra"] = None
        match = self.match
        if match is not None:
            field_dict["match"] = match
        remote = self.remote
        if remote is not None:
            field_dict["remote"] = remote
        elif "remote" in self._nulls:
            field_dict["remote"] = None
        token = self.token
        if token is not None:
            field_dict["token"] = token
        ttl_sec = self.ttl_sec
        if ttl_sec is not None:
            field_dict["ttl_sec"] = ttl_sec
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
        value = get("extra")
        if value is None:
            model_.extra = None
            if "extra" in src_dict:
                model_._nulls += ("extra",)
        elif value.__class__ is dict:
            try:
                model_.extra = _models.SessionTokenRequestExtra._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("extra", src_dict) from None
        else:
            model_.extra = _types.fit(
                _CONVERT_EXTRA, src_dict, "extra", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("match")
        if value is None:
            if "match" in src_dict:
                _types.absent(src_dict, "match", False, False, strict, _KNOWN_KEYS)
            model_.match = None
        elif value.__class__ is str:
            model_.match = value
        else:
            model_.match = _types.fit(
                _types.STRING, src_dict, "match", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("remote")
        if value is None:
            model_.remote = None
            if "remote" in src_dict:
                model_._nulls += ("remote",)
        elif _types.listed(value, _STRING):
            model_.remote = value
        else:
            model_.remote = _types.fit(
                _CONVERT_REMOTE, src_dict, "remote", value, False, True, strict, _KNOWN_KEYS
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

        value = get("ttl_sec")
        if value is None:
            if "ttl_sec" in src_dict:
                _types.absent(src_dict, "ttl_sec", False, False, strict, _KNOWN_KEYS)
            model_.ttl_sec = None
        elif value.__class__ is int:
            model_.ttl_sec = value
        else:
            model_.ttl_sec = _types.fit(
                _types.INTEGER, src_dict, "ttl_sec", value, False, False, strict, _KNOWN_KEYS
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
