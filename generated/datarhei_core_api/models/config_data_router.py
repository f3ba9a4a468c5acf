from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_router_routes import ConfigDataRouterRoutes


T = TypeVar("T", bound="ConfigDataRouter")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "blocked_prefixes",
        "routes",
        "ui_path",
    }
)


@_attrs_define
class ConfigDataRouter:
    """
    Attributes:
        blocked_prefixes (list[str] | None | Unset):
        routes (ConfigDataRouterRoutes | None | Unset):
        ui_path (str | Unset):
    """

    blocked_prefixes: list[str] | None | Unset = UNSET
    routes: ConfigDataRouterRoutes | None | Unset = UNSET
    ui_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.config_data_router_routes import ConfigDataRouterRoutes  # noqa: PLC0415

        blocked_prefixes: list[str] | None | Unset
        if isinstance(self.blocked_prefixes, Unset):
            blocked_prefixes = UNSET
        elif isinstance(self.blocked_prefixes, list):
            blocked_prefixes = self.blocked_prefixes

        else:
            blocked_prefixes = self.blocked_prefixes

        routes: dict[str, Any] | None | Unset
        if isinstance(self.routes, Unset):
            routes = UNSET
        elif isinstance(self.routes, ConfigDataRouterRoutes):
            routes = self.routes.to_dict()
        else:
            routes = self.routes

        ui_path = self.ui_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocked_prefixes is not UNSET:
            field_dict["blocked_prefixes"] = blocked_prefixes
        if routes is not UNSET:
            field_dict["routes"] = routes
        if ui_path is not UNSET:
            field_dict["ui_path"] = ui_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.blocked_prefixes = get("blocked_prefixes", UNSET)
        value = get("routes", UNSET)
        model_.routes = (
            value
            if value is UNSET
            else (None if value is None else _models.ConfigDataRouterRoutes.from_dict(value))
        )
        model_.ui_path = get("ui_path", UNSET)
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
