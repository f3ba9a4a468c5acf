from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.set_config_router_routes import SetConfigRouterRoutes


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "blocked_prefixes",
        "routes",
        "ui_path",
    }
)


@_attrs_define
class SetConfigRouter:
    """
    Attributes:
        blocked_prefixes (list[str] | None):
        routes (None | SetConfigRouterRoutes):
        ui_path (str | None):
    """

    blocked_prefixes: list[str] | None = None
    routes: None | SetConfigRouterRoutes = None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("blocked_prefixes")
        if value is None:
            model_.blocked_prefixes = None
            if "blocked_prefixes" in src_dict:
                model_._nulls += ("blocked_prefixes",)
        else:
            model_.blocked_prefixes = value
        value = get("routes")
        if value is None:
            model_.routes = None
            if "routes" in src_dict:
                model_._nulls += ("routes",)
        else:
            model_.routes = _models.SetConfigRouterRoutes.from_dict(value)
        model_.ui_path = get("ui_path")
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
