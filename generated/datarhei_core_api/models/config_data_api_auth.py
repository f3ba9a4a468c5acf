from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_api_auth_auth_0 import ConfigDataApiAuthAuth0
    from ..models.config_data_api_auth_jwt import ConfigDataApiAuthJwt


T = TypeVar("T", bound="ConfigDataApiAuth")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth0",
        "disable_localhost",
        "enable",
        "jwt",
        "password",
        "username",
    }
)


@_attrs_define
class ConfigDataApiAuth:
    """
    Attributes:
        auth0 (ConfigDataApiAuthAuth0 | Unset):
        disable_localhost (bool | Unset):
        enable (bool | Unset):
        jwt (ConfigDataApiAuthJwt | Unset):
        password (str | Unset):
        username (str | Unset):
    """

    auth0: ConfigDataApiAuthAuth0 | Unset = UNSET
    disable_localhost: bool | Unset = UNSET
    enable: bool | Unset = UNSET
    jwt: ConfigDataApiAuthJwt | Unset = UNSET
    password: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth0: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth0, Unset):
            auth0 = self.auth0.to_dict()

        disable_localhost = self.disable_localhost

        enable = self.enable

        jwt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jwt, Unset):
            jwt = self.jwt.to_dict()

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth0 is not UNSET:
            field_dict["auth0"] = auth0
        if disable_localhost is not UNSET:
            field_dict["disable_localhost"] = disable_localhost
        if enable is not UNSET:
            field_dict["enable"] = enable
        if jwt is not UNSET:
            field_dict["jwt"] = jwt
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("auth0", UNSET)
        model_.auth0 = value if value is UNSET else _models.ConfigDataApiAuthAuth0.from_dict(value)
        model_.disable_localhost = get("disable_localhost", UNSET)
        model_.enable = get("enable", UNSET)
        value = get("jwt", UNSET)
        model_.jwt = value if value is UNSET else _models.ConfigDataApiAuthJwt.from_dict(value)
        model_.password = get("password", UNSET)
        model_.username = get("username", UNSET)
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
