from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node_files_files import ClusterNodeFilesFiles


T = TypeVar("T", bound="ClusterNodeFiles")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "files",
        "last_update",
    }
)


@_attrs_define
class ClusterNodeFiles:
    """
    Attributes:
        files (ClusterNodeFilesFiles | None | Unset):
        last_update (int | Unset): unix timestamp
    """

    files: ClusterNodeFilesFiles | None | Unset = UNSET
    last_update: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_node_files_files import ClusterNodeFilesFiles  # noqa: PLC0415

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, ClusterNodeFilesFiles):
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
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("files", UNSET)
        model_.files = (
            value
            if value is UNSET
            else (None if value is None else _models.ClusterNodeFilesFiles.from_dict(value))
        )
        model_.last_update = get("last_update", UNSET)
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
