from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.about_resources import AboutResources
    from ..models.about_version import AboutVersion


T = TypeVar("T", bound="About")


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
        from ..models.about_resources import AboutResources  # noqa: PLC0415
        from ..models.about_version import AboutVersion  # noqa: PLC0415

        d = dict(src_dict)
        app = d.pop("app", UNSET)

        def _parse_auths(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                auths_type_0 = cast(list[str], data)

                return auths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        auths = _parse_auths(d.pop("auths", UNSET))

        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: AboutResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = AboutResources.from_dict(_resources)

        uptime_seconds = d.pop("uptime_seconds", UNSET)

        _version = d.pop("version", UNSET)
        version: AboutVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = AboutVersion.from_dict(_version)

        about = cls(
            app=app,
            auths=auths,
            created_at=created_at,
            id=id,
            name=name,
            resources=resources,
            uptime_seconds=uptime_seconds,
            version=version,
        )

        about.additional_properties = d
        return about

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
