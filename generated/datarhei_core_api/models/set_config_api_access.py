from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.set_config_api_access_http import SetConfigApiAccessHttp
    from ..models.set_config_api_access_https import SetConfigApiAccessHttps


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "http",
        "https",
    }
)

_CONVERT_HTTP = _types.model_of("SetConfigApiAccessHttp")
_CONVERT_HTTPS = _types.model_of("SetConfigApiAccessHttps")


@_attrs_define
class SetConfigApiAccess:
    """
    Attributes:
        http (SetConfigApiAccessHttp | None):
        https (SetConfigApiAccessHttps | None):
    """

    http: SetConfigApiAccessHttp | None = None
    https: SetConfigApiAccessHttps | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        http = self.http
        if http is not None:
            field_dict["http"] = http.to_dict()
        https = self.https
        if https is not None:
            field_dict["https"] = https.to_dict()
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
        value = get("http")
        if value is None:
            if "http" in src_dict:
                _types.absent(src_dict, "http", False, False, strict, _KNOWN_KEYS)
            model_.http = None
        elif value.__class__ is dict:
            try:
                model_.http = _models.SetConfigApiAccessHttp._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("http", src_dict) from None
        else:
            model_.http = _types.fit(
                _CONVERT_HTTP, src_dict, "http", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("https")
        if value is None:
            if "https" in src_dict:
                _types.absent(src_dict, "https", False, False, strict, _KNOWN_KEYS)
            model_.https = None
        elif value.__class__ is dict:
            try:
                model_.https = _models.SetConfigApiAccessHttps._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("https", src_dict) from None
        else:
            model_.https = _types.fit(
                _CONVERT_HTTPS, src_dict, "https", value, False, False, strict, _KNOWN_KEYS
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
