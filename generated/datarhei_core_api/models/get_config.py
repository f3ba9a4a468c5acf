from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data import ConfigData


T = TypeVar("T", bound="GetConfig")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "config",
        "created_at",
        "loaded_at",
        "overrides",
        "updated_at",
    }
)


@_attrs_define
class GetConfig:
    """
    Attributes:
        config (ConfigData | Unset):
        created_at (str | Unset):
        loaded_at (str | Unset):
        overrides (list[str] | None | Unset):
        updated_at (str | Unset):
    """

    config: ConfigData | Unset = UNSET
    created_at: str | Unset = UNSET
    loaded_at: str | Unset = UNSET
    overrides: list[str] | None | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at = self.created_at

        loaded_at = self.loaded_at

        overrides: list[str] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, list):
            overrides = self.overrides

        else:
            overrides = self.overrides

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if loaded_at is not UNSET:
            field_dict["loaded_at"] = loaded_at
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("config", UNSET)
        model_.config = value if value is UNSET else _models.ConfigData.from_dict(value)
        model_.created_at = get("created_at", UNSET)
        model_.loaded_at = get("loaded_at", UNSET)
        model_.overrides = get("overrides", UNSET)
        model_.updated_at = get("updated_at", UNSET)
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
