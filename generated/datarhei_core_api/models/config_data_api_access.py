from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_api_access_http import ConfigDataApiAccessHttp
    from ..models.config_data_api_access_https import ConfigDataApiAccessHttps


T = TypeVar("T", bound="ConfigDataApiAccess")

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
        http (ConfigDataApiAccessHttp | Unset):
        https (ConfigDataApiAccessHttps | Unset):
    """

    http: ConfigDataApiAccessHttp | Unset = UNSET
    https: ConfigDataApiAccessHttps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http, Unset):
            http = self.http.to_dict()

        https: dict[str, Any] | Unset = UNSET
        if not isinstance(self.https, Unset):
            https = self.https.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http is not UNSET:
            field_dict["http"] = http
        if https is not UNSET:
            field_dict["https"] = https

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("http", UNSET)
        model_.http = value if value is UNSET else _models.ConfigDataApiAccessHttp.from_dict(value)
        value = get("https", UNSET)
        model_.https = (
            value if value is UNSET else _models.ConfigDataApiAccessHttps.from_dict(value)
        )
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
