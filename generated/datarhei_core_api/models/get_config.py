from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data import ConfigData


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "config",
        "created_at",
        "loaded_at",
        "updated_at",
        "overrides",
    }
)


@_attrs_define
class GetConfig:
    """
    Attributes:
        config (ConfigData):
        created_at (str):
        loaded_at (str):
        updated_at (str):
        overrides (list[str] | None):
    """

    config: ConfigData
    created_at: str
    loaded_at: str
    updated_at: str
    overrides: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        config = self.config
        field_dict["config"] = config.to_dict()
        created_at = self.created_at
        field_dict["created_at"] = created_at
        loaded_at = self.loaded_at
        field_dict["loaded_at"] = loaded_at
        updated_at = self.updated_at
        field_dict["updated_at"] = updated_at
        overrides = self.overrides
        if overrides is not None:
            field_dict["overrides"] = overrides
        elif "overrides" in self._nulls:
            field_dict["overrides"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = src_dict["config"]
        model_.config = _models.ConfigData.from_dict(value)
        model_.created_at = src_dict["created_at"]
        model_.loaded_at = src_dict["loaded_at"]
        model_.updated_at = src_dict["updated_at"]
        value = get("overrides")
        if value is None:
            model_.overrides = None
            if "overrides" in src_dict:
                model_._nulls += ("overrides",)
        else:
            model_.overrides = value
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
