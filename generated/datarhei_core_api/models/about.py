from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_VERSION = _types.model_of("AboutVersion")
_CONVERT_AUTHS = _types.array_of(_types.STRING)
_CONVERT_RESOURCES = _types.model_of("AboutResources")


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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("app")
        if value is None:
            model_.app = _types.absent(src_dict, "app", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.app = value
        else:
            model_.app = _types.fit(
                _types.STRING, src_dict, "app", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("version")
        if value is None:
            model_.version = _types.absent(src_dict, "version", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.version = _models.AboutVersion._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("version", src_dict) from None
        else:
            model_.version = _types.fit(
                _CONVERT_VERSION, src_dict, "version", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("auths")
        if value is None:
            model_.auths = None
            if "auths" in src_dict:
                model_._nulls += ("auths",)
        elif _types.listed(value, _STRING):
            model_.auths = value
        else:
            model_.auths = _types.fit(
                _CONVERT_AUTHS, src_dict, "auths", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("created_at")
        if value is None:
            if "created_at" in src_dict:
                _types.absent(src_dict, "created_at", False, False, strict, _KNOWN_KEYS)
            model_.created_at = None
        elif value.__class__ is str:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.STRING, src_dict, "created_at", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("resources")
        if value is None:
            if "resources" in src_dict:
                _types.absent(src_dict, "resources", False, False, strict, _KNOWN_KEYS)
            model_.resources = None
        elif value.__class__ is dict:
            try:
                model_.resources = _models.AboutResources._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("resources", src_dict) from None
        else:
            model_.resources = _types.fit(
                _CONVERT_RESOURCES, src_dict, "resources", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("uptime_seconds")
        if value is None:
            if "uptime_seconds" in src_dict:
                _types.absent(src_dict, "uptime_seconds", False, False, strict, _KNOWN_KEYS)
            model_.uptime_seconds = None
        elif value.__class__ is int:
            model_.uptime_seconds = value
        else:
            model_.uptime_seconds = _types.fit(
                _types.INTEGER, src_dict, "uptime_seconds", value, False, False, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
