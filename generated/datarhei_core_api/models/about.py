from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.about_resources import AboutResources
    from ..models.about_version import AboutVersion


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "app",
        "version",
        "auths",
        "created_at",
        "id",
        "name",
        "resources",
        "uptime_seconds",
    }
)


@_attrs_define
class About:
    """
    Attributes:
        app (str):
        version (AboutVersion):
        auths (list[str] | None):
        created_at (str | None): RFC3339
        id (str | None):
        name (str | None):
        resources (AboutResources | None):
        uptime_seconds (int | None):
    """

    app: str
    version: AboutVersion
    auths: list[str] | None = None
    created_at: str | None = None
    id: str | None = None
    name: str | None = None
    resources: AboutResources | None = None
    uptime_seconds: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        app = self.app
        field_dict["app"] = app
        version = self.version
        field_dict["version"] = version.to_dict()
        auths = self.auths
        if auths is not None:
            field_dict["auths"] = auths
        elif "auths" in self._nulls:
            field_dict["auths"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        id = self.id
        if id is not None:
            field_dict["id"] = id
        name = self.name
        if name is not None:
            field_dict["name"] = name
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        uptime_seconds = self.uptime_seconds
        if uptime_seconds is not None:
            field_dict["uptime_seconds"] = uptime_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.app = src_dict["app"]
        value = src_dict["version"]
        model_.version = _models.AboutVersion.from_dict(value)
        value = get("auths")
        if value is None:
            model_.auths = None
            if "auths" in src_dict:
                model_._nulls += ("auths",)
        else:
            model_.auths = value
        model_.created_at = get("created_at")
        model_.id = get("id")
        model_.name = get("name")
        value = get("resources")
        model_.resources = None if value is None else _models.AboutResources.from_dict(value)
        model_.uptime_seconds = get("uptime_seconds")
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
