from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_api_auth_auth_0 import SetConfigApiAuthAuth0
    from ..models.set_config_api_auth_jwt import SetConfigApiAuthJwt


T = TypeVar("T", bound="SetConfigApiAuth")


@_attrs_define
class SetConfigApiAuth:
    """
    Attributes:
        auth0 (SetConfigApiAuthAuth0 | Unset):
        disable_localhost (bool | Unset):
        enable (bool | Unset):
        jwt (SetConfigApiAuthJwt | Unset):
        password (str | Unset):
        username (str | Unset):
    """

    auth0: SetConfigApiAuthAuth0 | Unset = UNSET
    disable_localhost: bool | Unset = UNSET
    enable: bool | Unset = UNSET
    jwt: SetConfigApiAuthJwt | Unset = UNSET
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
        from ..models.set_config_api_auth_auth_0 import SetConfigApiAuthAuth0  # noqa: PLC0415
        from ..models.set_config_api_auth_jwt import SetConfigApiAuthJwt  # noqa: PLC0415

        d = dict(src_dict)
        _auth0 = d.pop("auth0", UNSET)
        auth0: SetConfigApiAuthAuth0 | Unset
        if isinstance(_auth0, Unset):
            auth0 = UNSET
        else:
            auth0 = SetConfigApiAuthAuth0.from_dict(_auth0)

        disable_localhost = d.pop("disable_localhost", UNSET)

        enable = d.pop("enable", UNSET)

        _jwt = d.pop("jwt", UNSET)
        jwt: SetConfigApiAuthJwt | Unset
        if isinstance(_jwt, Unset):
            jwt = UNSET
        else:
            jwt = SetConfigApiAuthJwt.from_dict(_jwt)

        password = d.pop("password", UNSET)

        username = d.pop("username", UNSET)

        set_config_api_auth = cls(
            auth0=auth0,
            disable_localhost=disable_localhost,
            enable=enable,
            jwt=jwt,
            password=password,
            username=username,
        )

        set_config_api_auth.additional_properties = d
        return set_config_api_auth

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
