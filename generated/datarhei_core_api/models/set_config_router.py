from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_router_routes import SetConfigRouterRoutes


T = TypeVar("T", bound="SetConfigRouter")


@_attrs_define
class SetConfigRouter:
    """
    Attributes:
        blocked_prefixes (list[str] | Unset):
        routes (SetConfigRouterRoutes | Unset):
        ui_path (str | Unset):
    """

    blocked_prefixes: list[str] | Unset = UNSET
    routes: SetConfigRouterRoutes | Unset = UNSET
    ui_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocked_prefixes: list[str] | Unset = UNSET
        if not isinstance(self.blocked_prefixes, Unset):
            blocked_prefixes = self.blocked_prefixes

        routes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = self.routes.to_dict()

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
        from ..models.set_config_router_routes import SetConfigRouterRoutes  # noqa: PLC0415

        d = dict(src_dict)
        blocked_prefixes = cast(list[str], d.pop("blocked_prefixes", UNSET))

        _routes = d.pop("routes", UNSET)
        routes: SetConfigRouterRoutes | Unset
        if isinstance(_routes, Unset):
            routes = UNSET
        else:
            routes = SetConfigRouterRoutes.from_dict(_routes)

        ui_path = d.pop("ui_path", UNSET)

        set_config_router = cls(
            blocked_prefixes=blocked_prefixes,
            routes=routes,
            ui_path=ui_path,
        )

        set_config_router.additional_properties = d
        return set_config_router

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
