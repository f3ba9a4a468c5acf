from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node_files_files_type_0 import ClusterNodeFilesFilesType0


T = TypeVar("T", bound="ClusterNodeFiles")


@_attrs_define
class ClusterNodeFiles:
    """
    Attributes:
        files (ClusterNodeFilesFilesType0 | None | Unset):
        last_update (int | Unset): unix timestamp
    """

    files: ClusterNodeFilesFilesType0 | None | Unset = UNSET
    last_update: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_node_files_files_type_0 import ClusterNodeFilesFilesType0  # noqa: PLC0415

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, ClusterNodeFilesFilesType0):
            files = self.files.to_dict()
        else:
            files = self.files

        last_update = self.last_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files
        if last_update is not UNSET:
            field_dict["last_update"] = last_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_node_files_files_type_0 import ClusterNodeFilesFilesType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_files(data: object) -> ClusterNodeFilesFilesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                files_type_0 = ClusterNodeFilesFilesType0.from_dict(data)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterNodeFilesFilesType0 | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        last_update = d.pop("last_update", UNSET)

        cluster_node_files = cls(
            files=files,
            last_update=last_update,
        )

        cluster_node_files.additional_properties = d
        return cluster_node_files

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
