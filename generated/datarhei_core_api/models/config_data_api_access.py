from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_api_access_http import ConfigDataApiAccessHttp
    from ..models.config_data_api_access_https import ConfigDataApiAccessHttps


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "http",
        "https",
    }
)


@_attrs_define
class ConfigDataApiAccess:
    """
    Attributes:
        http (ConfigDataApiAccessHttp | None):
        https (ConfigDataApiAccessHttps | None):
    """

    http: ConfigDataApiAccessHttp | None = None
    https: ConfigDataApiAccessHttps | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("http")
        model_.http = None if value is None else _models.ConfigDataApiAccessHttp.from_dict(value)
        value = get("https")
        model_.https = None if value is None else _models.ConfigDataApiAccessHttps.from_dict(value)
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
