from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_id import ProcessID


T = TypeVar("T", bound="ClusterProcessReallocate")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "process_ids",
        "target_node_id",
    }
)


@_attrs_define
class ClusterProcessReallocate:
    """
    Attributes:
        process_ids (list[ProcessID] | None | Unset):
        target_node_id (str | Unset):
    """

    process_ids: list[ProcessID] | None | Unset = UNSET
    target_node_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.process_ids, Unset):
            process_ids = UNSET
        elif isinstance(self.process_ids, list):
            process_ids = []
            for process_ids_type_0_item_data in self.process_ids:
                process_ids_type_0_item = process_ids_type_0_item_data.to_dict()
                process_ids.append(process_ids_type_0_item)

        else:
            process_ids = self.process_ids

        target_node_id = self.target_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process_ids is not UNSET:
            field_dict["process_ids"] = process_ids
        if target_node_id is not UNSET:
            field_dict["target_node_id"] = target_node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("process_ids", UNSET)
        model_.process_ids = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.ProcessID.from_dict(item0) for item0 in value]
            )
        )
        model_.target_node_id = get("target_node_id", UNSET)
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
