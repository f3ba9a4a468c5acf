from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_api_auth_auth_0 import ConfigDataApiAuthAuth0
    from ..models.config_data_api_auth_jwt import ConfigDataApiAuthJwt


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


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class ConfigDataApiAuth:
    """
    Attributes:
        auth0 (ConfigDataApiAuthAuth0 | None):
        disable_localhost (bool | None):
        enable (bool | None):
        jwt (ConfigDataApiAuthJwt | None):
        password (str | None):
        username (str | None):
    """

    auth0: ConfigDataApiAuthAuth0 | None = None
    disable_localhost: bool | None = None
    enable: bool | None = None
    jwt: ConfigDataApiAuthJwt | None = None
    password: str | None = _attrs_field(default=None, repr=_redacted)
    username: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        auth0 = self.auth0
        if auth0 is not None:
            field_dict["auth0"] = auth0.to_dict()
        disable_localhost = self.disable_localhost
        if disable_localhost is not None:
            field_dict["disable_localhost"] = disable_localhost
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        jwt = self.jwt
        if jwt is not None:
            field_dict["jwt"] = jwt.to_dict()
        password = self.password
        if password is not None:
            field_dict["password"] = password
        username = self.username
        if username is not None:
            field_dict["username"] = username
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("auth0")
        model_.auth0 = None if value is None else _models.ConfigDataApiAuthAuth0.from_dict(value)
        model_.disable_localhost = get("disable_localhost")
        model_.enable = get("enable")
        value = get("jwt")
        model_.jwt = None if value is None else _models.ConfigDataApiAuthJwt.from_dict(value)
        model_.password = get("password")
        model_.username = get("username")
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
