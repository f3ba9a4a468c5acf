from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.about_resources import AboutResources
    from ..models.about_version import AboutVersion


T = TypeVar("T", bound="About")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "app",
        "auths",
        "created_at",
        "id",
        "name",
        "resources",
        "uptime_seconds",
        "version",
    }
)


@_attrs_define
class About:
    """
    Attributes:
        app (str | Unset):
        auths (list[str] | None | Unset):
        created_at (str | Unset): RFC3339
        id (str | Unset):
        name (str | Unset):
        resources (AboutResources | Unset):
        uptime_seconds (int | Unset):
        version (AboutVersion | Unset):
    """

    app: str | Unset = UNSET
    auths: list[str] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    resources: AboutResources | Unset = UNSET
    uptime_seconds: int | Unset = UNSET
    version: AboutVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        auths: list[str] | None | Unset
        if isinstance(self.auths, Unset):
            auths = UNSET
        elif isinstance(self.auths, list):
            auths = self.auths

        else:
            auths = self.auths

        created_at = self.created_at

        id = self.id

        name = self.name

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        uptime_seconds = self.uptime_seconds

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app is not UNSET:
            field_dict["app"] = app
        if auths is not UNSET:
            field_dict["auths"] = auths
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if resources is not UNSET:
            field_dict["resources"] = resources
        if uptime_seconds is not UNSET:
            field_dict["uptime_seconds"] = uptime_seconds
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.app = get("app", UNSET)
        model_.auths = get("auths", UNSET)
        model_.created_at = get("created_at", UNSET)
        model_.id = get("id", UNSET)
        model_.name = get("name", UNSET)
        value = get("resources", UNSET)
        model_.resources = value if value is UNSET else _models.AboutResources.from_dict(value)
        model_.uptime_seconds = get("uptime_seconds", UNSET)
        value = get("version", UNSET)
        model_.version = value if value is UNSET else _models.AboutVersion.from_dict(value)
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
