from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s3_storage import S3Storage
    from ..models.set_config_storage_cors import SetConfigStorageCors
    from ..models.set_config_storage_disk import SetConfigStorageDisk
    from ..models.set_config_storage_memory import SetConfigStorageMemory
    from ..models.set_config_storage_mimetypes import SetConfigStorageMimetypes


T = TypeVar("T", bound="SetConfigStorage")


@_attrs_define
class SetConfigStorage:
    """
    Attributes:
        cors (SetConfigStorageCors | Unset):
        disk (SetConfigStorageDisk | Unset):
        memory (SetConfigStorageMemory | Unset):
        mimetypes (SetConfigStorageMimetypes | Unset):
        mimetypes_file (str | Unset):
        s3 (list[S3Storage] | Unset):
    """

    cors: SetConfigStorageCors | Unset = UNSET
    disk: SetConfigStorageDisk | Unset = UNSET
    memory: SetConfigStorageMemory | Unset = UNSET
    mimetypes: SetConfigStorageMimetypes | Unset = UNSET
    mimetypes_file: str | Unset = UNSET
    s3: list[S3Storage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cors, Unset):
            cors = self.cors.to_dict()

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        mimetypes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mimetypes, Unset):
            mimetypes = self.mimetypes.to_dict()

        mimetypes_file = self.mimetypes_file

        s3: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = []
            for s3_item_data in self.s3:
                s3_item = s3_item_data.to_dict()
                s3.append(s3_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cors is not UNSET:
            field_dict["cors"] = cors
        if disk is not UNSET:
            field_dict["disk"] = disk
        if memory is not UNSET:
            field_dict["memory"] = memory
        if mimetypes is not UNSET:
            field_dict["mimetypes"] = mimetypes
        if mimetypes_file is not UNSET:
            field_dict["mimetypes_file"] = mimetypes_file
        if s3 is not UNSET:
            field_dict["s3"] = s3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s3_storage import S3Storage  # noqa: PLC0415
        from ..models.set_config_storage_cors import SetConfigStorageCors  # noqa: PLC0415
        from ..models.set_config_storage_disk import SetConfigStorageDisk  # noqa: PLC0415
        from ..models.set_config_storage_memory import SetConfigStorageMemory  # noqa: PLC0415
        from ..models.set_config_storage_mimetypes import SetConfigStorageMimetypes  # noqa: PLC0415

        d = dict(src_dict)
        _cors = d.pop("cors", UNSET)
        cors: SetConfigStorageCors | Unset
        if isinstance(_cors, Unset):
            cors = UNSET
        else:
            cors = SetConfigStorageCors.from_dict(_cors)

        _disk = d.pop("disk", UNSET)
        disk: SetConfigStorageDisk | Unset
        if isinstance(_disk, Unset):
            disk = UNSET
        else:
            disk = SetConfigStorageDisk.from_dict(_disk)

        _memory = d.pop("memory", UNSET)
        memory: SetConfigStorageMemory | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = SetConfigStorageMemory.from_dict(_memory)

        _mimetypes = d.pop("mimetypes", UNSET)
        mimetypes: SetConfigStorageMimetypes | Unset
        if isinstance(_mimetypes, Unset):
            mimetypes = UNSET
        else:
            mimetypes = SetConfigStorageMimetypes.from_dict(_mimetypes)

        mimetypes_file = d.pop("mimetypes_file", UNSET)

        _s3 = d.pop("s3", UNSET)
        s3: list[S3Storage] | Unset = UNSET
        if _s3 is not UNSET:
            s3 = []
            for s3_item_data in _s3:
                s3_item = S3Storage.from_dict(s3_item_data)

                s3.append(s3_item)

        set_config_storage = cls(
            cors=cors,
            disk=disk,
            memory=memory,
            mimetypes=mimetypes,
            mimetypes_file=mimetypes_file,
            s3=s3,
        )

        set_config_storage.additional_properties = d
        return set_config_storage

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
