from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_api_access_http import SetConfigApiAccessHttp
    from ..models.set_config_api_access_https import SetConfigApiAccessHttps


T = TypeVar("T", bound="SetConfigApiAccess")


@_attrs_define
class SetConfigApiAccess:
    """
    Attributes:
        http (SetConfigApiAccessHttp | Unset):
        https (SetConfigApiAccessHttps | Unset):
    """

    http: SetConfigApiAccessHttp | Unset = UNSET
    https: SetConfigApiAccessHttps | Unset = UNSET
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
        from ..models.set_config_api_access_http import SetConfigApiAccessHttp  # noqa: PLC0415
        from ..models.set_config_api_access_https import SetConfigApiAccessHttps  # noqa: PLC0415

        d = dict(src_dict)
        _http = d.pop("http", UNSET)
        http: SetConfigApiAccessHttp | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = SetConfigApiAccessHttp.from_dict(_http)

        _https = d.pop("https", UNSET)
        https: SetConfigApiAccessHttps | Unset
        if isinstance(_https, Unset):
            https = UNSET
        else:
            https = SetConfigApiAccessHttps.from_dict(_https)

        set_config_api_access = cls(
            http=http,
            https=https,
        )

        set_config_api_access.additional_properties = d
        return set_config_api_access

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
