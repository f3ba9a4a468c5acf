from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.iam_user_auth_api_auth_0 import IAMUserAuthAPIAuth0


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth0",
        "userpass",
    }
)

_CONVERT_AUTH0 = _types.model_of("IAMUserAuthAPIAuth0")


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class IAMUserAuthAPI:
    """
    Attributes:
        auth0 (IAMUserAuthAPIAuth0 | None):
        userpass (str | None):
    """

    auth0: IAMUserAuthAPIAuth0 | None = None
    userpass: str | None = _attrs_field(default=None, repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        auth0 = self.auth0
        if auth0 is not None:
            field_dict["auth0"] = auth0.to_dict()
        userpass = self.userpass
        if userpass is not None:
            field_dict["userpass"] = userpass
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
        value = get("auth0")
        if value is None:
            if "auth0" in src_dict:
                _types.absent(src_dict, "auth0", False, False, strict, _KNOWN_KEYS)
            model_.auth0 = None
        elif value.__class__ is dict:
            try:
                model_.auth0 = _models.IAMUserAuthAPIAuth0._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("auth0", src_dict) from None
        else:
            model_.auth0 = _types.fit(
                _CONVERT_AUTH0, src_dict, "auth0", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("userpass")
        if value is None:
            if "userpass" in src_dict:
                _types.absent(src_dict, "userpass", False, False, strict, _KNOWN_KEYS)
            model_.userpass = None
        elif value.__class__ is str:
            model_.userpass = value
        else:
            model_.userpass = _types.fit(
                _types.STRING, src_dict, "userpass", value, False, False, strict, _KNOWN_KEYS
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
