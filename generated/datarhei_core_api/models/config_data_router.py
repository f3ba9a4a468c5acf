from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.config_data_router_routes import ConfigDataRouterRoutes


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "blocked_prefixes",
        "routes",
        "ui_path",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_BLOCKED_PREFIXES = _types.array_of(_types.STRING)
_CONVERT_ROUTES = _types.model_of("ConfigDataRouterRoutes")


@_attrs_define
class ConfigDataRouter:
    """
    Attributes:
        blocked_prefixes (list[str] | None):
        routes (ConfigDataRouterRoutes | None):
        ui_path (str | None):
    """

    blocked_prefixes: list[str] | None = None
    routes: ConfigDataRouterRoutes | None = None
    ui_path: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        blocked_prefixes = self.blocked_prefixes
        if blocked_prefixes is not None:
            field_dict["blocked_prefixes"] = blocked_prefixes
        elif "blocked_prefixes" in self._nulls:
            field_dict["blocked_prefixes"] = None
        routes = self.routes
        if routes is not None:
            field_dict["routes"] = routes.to_dict()
        elif "routes" in self._nulls:
            field_dict["routes"] = None
        ui_path = self.ui_path
        if ui_path is not None:
            field_dict["ui_path"] = ui_path
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
        value = get("blocked_prefixes")
        if value is None:
            model_.blocked_prefixes = None
            if "blocked_prefixes" in src_dict:
                model_._nulls += ("blocked_prefixes",)
        elif _types.listed(value, _STRING):
            model_.blocked_prefixes = value
        else:
            model_.blocked_prefixes = _types.fit(
                _CONVERT_BLOCKED_PREFIXES,
                src_dict,
                "blocked_prefixes",
                value,
                False,
                True,
                strict,
                _KNOWN_KEYS,
            )

        value = get("routes")
        if value is None:
            model_.routes = None
            if "routes" in src_dict:
                model_._nulls += ("routes",)
        elif value.__class__ is dict:
            try:
                model_.routes = _models.ConfigDataRouterRoutes._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("routes", src_dict) from None
        else:
            model_.routes = _types.fit(
                _CONVERT_ROUTES, src_dict, "routes", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("ui_path")
        if value is None:
            if "ui_path" in src_dict:
                _types.absent(src_dict, "ui_path", False, False, strict, _KNOWN_KEYS)
            model_.ui_path = None
        elif value.__class__ is str:
            model_.ui_path = value
        else:
            model_.ui_path = _types.fit(
                _types.STRING, src_dict, "ui_path", value, False, False, strict, _KNOWN_KEYS
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
