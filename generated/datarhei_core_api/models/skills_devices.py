from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_device import SkillsDevice


T = TypeVar("T", bound="SkillsDevices")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "demuxers",
        "muxers",
    }
)


@_attrs_define
class SkillsDevices:
    """
    Attributes:
        demuxers (list[SkillsDevice] | None | Unset):
        muxers (list[SkillsDevice] | None | Unset):
    """

    demuxers: list[SkillsDevice] | None | Unset = UNSET
    muxers: list[SkillsDevice] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        demuxers: list[dict[str, Any]] | None | Unset
        if isinstance(self.demuxers, Unset):
            demuxers = UNSET
        elif isinstance(self.demuxers, list):
            demuxers = []
            for demuxers_type_0_item_data in self.demuxers:
                demuxers_type_0_item = demuxers_type_0_item_data.to_dict()
                demuxers.append(demuxers_type_0_item)

        else:
            demuxers = self.demuxers

        muxers: list[dict[str, Any]] | None | Unset
        if isinstance(self.muxers, Unset):
            muxers = UNSET
        elif isinstance(self.muxers, list):
            muxers = []
            for muxers_type_0_item_data in self.muxers:
                muxers_type_0_item = muxers_type_0_item_data.to_dict()
                muxers.append(muxers_type_0_item)

        else:
            muxers = self.muxers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if demuxers is not UNSET:
            field_dict["demuxers"] = demuxers
        if muxers is not UNSET:
            field_dict["muxers"] = muxers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("demuxers", UNSET)
        model_.demuxers = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsDevice.from_dict(item0) for item0 in value]
            )
        )
        value = get("muxers", UNSET)
        model_.muxers = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsDevice.from_dict(item0) for item0 in value]
            )
        )
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
