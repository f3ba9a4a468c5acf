from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_id import ProcessID


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
        process_ids (list[ProcessID] | None):
        target_node_id (str | None):
    """

    process_ids: list[ProcessID] | None = None
    target_node_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        process_ids = self.process_ids
        if process_ids is not None:
            field_dict["process_ids"] = [item0.to_dict() for item0 in process_ids]
        elif "process_ids" in self._nulls:
            field_dict["process_ids"] = None
        target_node_id = self.target_node_id
        if target_node_id is not None:
            field_dict["target_node_id"] = target_node_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("process_ids")
        if value is None:
            model_.process_ids = None
            if "process_ids" in src_dict:
                model_._nulls += ("process_ids",)
        else:
            model_.process_ids = [_models.ProcessID.from_dict(item0) for item0 in value]
        model_.target_node_id = get("target_node_id")
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
