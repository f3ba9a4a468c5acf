from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data import ConfigData


T = TypeVar("T", bound="GetConfig")


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
        from ..models.config_data import ConfigData  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: ConfigData | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ConfigData.from_dict(_config)

        created_at = d.pop("created_at", UNSET)

        loaded_at = d.pop("loaded_at", UNSET)

        def _parse_overrides(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                overrides_type_0 = cast(list[str], data)

                return overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        overrides = _parse_overrides(d.pop("overrides", UNSET))

        updated_at = d.pop("updated_at", UNSET)

        get_config = cls(
            config=config,
            created_at=created_at,
            loaded_at=loaded_at,
            overrides=overrides,
            updated_at=updated_at,
        )

        get_config.additional_properties = d
        return get_config

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
