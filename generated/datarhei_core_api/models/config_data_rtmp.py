from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_rtmp_httpflv import ConfigDataRtmpHttpflv


T = TypeVar("T", bound="ConfigDataRtmp")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "address_tls",
        "app",
        "enable",
        "enable_tls",
        "httpflv",
        "token",
    }
)


@_attrs_define
class ConfigDataRtmp:
    """
    Attributes:
        address (str | Unset):
        address_tls (str | Unset):
        app (str | Unset):
        enable (bool | Unset):
        enable_tls (bool | Unset):
        httpflv (ConfigDataRtmpHttpflv | Unset):
        token (str | Unset): Deprecated, use IAM
    """

    address: str | Unset = UNSET
    address_tls: str | Unset = UNSET
    app: str | Unset = UNSET
    enable: bool | Unset = UNSET
    enable_tls: bool | Unset = UNSET
    httpflv: ConfigDataRtmpHttpflv | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address_tls = self.address_tls

        app = self.app

        enable = self.enable

        enable_tls = self.enable_tls

        httpflv: dict[str, Any] | Unset = UNSET
        if not isinstance(self.httpflv, Unset):
            httpflv = self.httpflv.to_dict()

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if address_tls is not UNSET:
            field_dict["address_tls"] = address_tls
        if app is not UNSET:
            field_dict["app"] = app
        if enable is not UNSET:
            field_dict["enable"] = enable
        if enable_tls is not UNSET:
            field_dict["enable_tls"] = enable_tls
        if httpflv is not UNSET:
            field_dict["httpflv"] = httpflv
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        model_.address_tls = get("address_tls", UNSET)
        model_.app = get("app", UNSET)
        model_.enable = get("enable", UNSET)
        model_.enable_tls = get("enable_tls", UNSET)
        value = get("httpflv", UNSET)
        model_.httpflv = value if value is UNSET else _models.ConfigDataRtmpHttpflv.from_dict(value)
        model_.token = get("token", UNSET)
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
