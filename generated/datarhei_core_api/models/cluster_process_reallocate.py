from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_id import ProcessID


T = TypeVar("T", bound="ClusterProcessReallocate")


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
        from ..models.process_id import ProcessID  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_process_ids(data: object) -> list[ProcessID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                process_ids_type_0 = []
                _process_ids_type_0 = data
                for process_ids_type_0_item_data in _process_ids_type_0:
                    process_ids_type_0_item = ProcessID.from_dict(process_ids_type_0_item_data)

                    process_ids_type_0.append(process_ids_type_0_item)

                return process_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessID] | None | Unset, data)

        process_ids = _parse_process_ids(d.pop("process_ids", UNSET))

        target_node_id = d.pop("target_node_id", UNSET)

        cluster_process_reallocate = cls(
            process_ids=process_ids,
            target_node_id=target_node_id,
        )

        cluster_process_reallocate.additional_properties = d
        return cluster_process_reallocate

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
