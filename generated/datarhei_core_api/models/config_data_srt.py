from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_srt_log import ConfigDataSrtLog


T = TypeVar("T", bound="ConfigDataSrt")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "enable",
        "log",
        "passphrase",
        "token",
    }
)


@_attrs_define
class ConfigDataSrt:
    """
    Attributes:
        address (str | Unset):
        enable (bool | Unset):
        log (ConfigDataSrtLog | Unset):
        passphrase (str | Unset):
        token (str | Unset): Deprecated, use IAM
    """

    address: str | Unset = UNSET
    enable: bool | Unset = UNSET
    log: ConfigDataSrtLog | Unset = UNSET
    passphrase: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        enable = self.enable

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        passphrase = self.passphrase

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if enable is not UNSET:
            field_dict["enable"] = enable
        if log is not UNSET:
            field_dict["log"] = log
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        model_.enable = get("enable", UNSET)
        value = get("log", UNSET)
        model_.log = value if value is UNSET else _models.ConfigDataSrtLog.from_dict(value)
        model_.passphrase = get("passphrase", UNSET)
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
