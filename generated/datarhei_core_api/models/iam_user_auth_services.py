from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IAMUserAuthServices")


@_attrs_define
class IAMUserAuthServices:
    """
    Attributes:
        basic (list[str] | None | Unset):
        session (list[str] | None | Unset):
        token (list[str] | None | Unset):
    """

    basic: list[str] | None | Unset = UNSET
    session: list[str] | None | Unset = UNSET
    token: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basic: list[str] | None | Unset
        if isinstance(self.basic, Unset):
            basic = UNSET
        elif isinstance(self.basic, list):
            basic = self.basic

        else:
            basic = self.basic

        session: list[str] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, list):
            session = self.session

        else:
            session = self.session

        token: list[str] | None | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        elif isinstance(self.token, list):
            token = self.token

        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic is not UNSET:
            field_dict["basic"] = basic
        if session is not UNSET:
            field_dict["session"] = session
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_basic(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                basic_type_0 = cast(list[str], data)

                return basic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        basic = _parse_basic(d.pop("basic", UNSET))

        def _parse_session(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                session_type_0 = cast(list[str], data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_token(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                token_type_0 = cast(list[str], data)

                return token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        iam_user_auth_services = cls(
            basic=basic,
            session=session,
            token=token,
        )

        iam_user_auth_services.additional_properties = d
        return iam_user_auth_services

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
