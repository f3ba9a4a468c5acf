from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigDataPlayout")


@_attrs_define
class ConfigDataPlayout:
    """
    Attributes:
        enable (bool | Unset):
        max_port (int | Unset):
        min_port (int | Unset):
    """

    enable: bool | Unset = UNSET
    max_port: int | Unset = UNSET
    min_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        max_port = self.max_port

        min_port = self.min_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if max_port is not UNSET:
            field_dict["max_port"] = max_port
        if min_port is not UNSET:
            field_dict["min_port"] = min_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        max_port = d.pop("max_port", UNSET)

        min_port = d.pop("min_port", UNSET)

        config_data_playout = cls(
            enable=enable,
            max_port=max_port,
            min_port=min_port,
        )

        config_data_playout.additional_properties = d
        return config_data_playout

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
