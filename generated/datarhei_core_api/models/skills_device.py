from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.skills_hw_device import SkillsHWDevice


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "devices",
    }
)


@_attrs_define
class SkillsDevice:
    """
    Attributes:
        id (str):
        name (str):
        devices (list[SkillsHWDevice] | None):
    """

    id: str
    name: str
    devices: list[SkillsHWDevice] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        name = self.name
        field_dict["name"] = name
        devices = self.devices
        if devices is not None:
            field_dict["devices"] = [item0.to_dict() for item0 in devices]
        elif "devices" in self._nulls:
            field_dict["devices"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.id = src_dict["id"]
        model_.name = src_dict["name"]
        value = get("devices")
        if value is None:
            model_.devices = None
            if "devices" in src_dict:
                model_._nulls += ("devices",)
        else:
            model_.devices = [_models.SkillsHWDevice.from_dict(item0) for item0 in value]
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
