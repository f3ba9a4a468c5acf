from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_storage_cors import ConfigDataStorageCors
    from ..models.config_data_storage_disk import ConfigDataStorageDisk
    from ..models.config_data_storage_memory import ConfigDataStorageMemory
    from ..models.config_data_storage_mimetypes import ConfigDataStorageMimetypes
    from ..models.s3_storage import S3Storage


T = TypeVar("T", bound="ConfigDataStorage")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cors",
        "disk",
        "memory",
        "mimetypes",
        "mimetypes_file",
        "s3",
    }
)


@_attrs_define
class ConfigDataStorage:
    """
    Attributes:
        cors (ConfigDataStorageCors | Unset):
        disk (ConfigDataStorageDisk | Unset):
        memory (ConfigDataStorageMemory | Unset):
        mimetypes (ConfigDataStorageMimetypes | None | Unset):
        mimetypes_file (str | Unset):
        s3 (list[S3Storage] | None | Unset):
    """

    cors: ConfigDataStorageCors | Unset = UNSET
    disk: ConfigDataStorageDisk | Unset = UNSET
    memory: ConfigDataStorageMemory | Unset = UNSET
    mimetypes: ConfigDataStorageMimetypes | None | Unset = UNSET
    mimetypes_file: str | Unset = UNSET
    s3: list[S3Storage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.config_data_storage_mimetypes import ConfigDataStorageMimetypes  # noqa: PLC0415

        cors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cors, Unset):
            cors = self.cors.to_dict()

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        mimetypes: dict[str, Any] | None | Unset
        if isinstance(self.mimetypes, Unset):
            mimetypes = UNSET
        elif isinstance(self.mimetypes, ConfigDataStorageMimetypes):
            mimetypes = self.mimetypes.to_dict()
        else:
            mimetypes = self.mimetypes

        mimetypes_file = self.mimetypes_file

        s3: list[dict[str, Any]] | None | Unset
        if isinstance(self.s3, Unset):
            s3 = UNSET
        elif isinstance(self.s3, list):
            s3 = []
            for s3_type_0_item_data in self.s3:
                s3_type_0_item = s3_type_0_item_data.to_dict()
                s3.append(s3_type_0_item)

        else:
            s3 = self.s3

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
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("cors", UNSET)
        model_.cors = value if value is UNSET else _models.ConfigDataStorageCors.from_dict(value)
        value = get("disk", UNSET)
        model_.disk = value if value is UNSET else _models.ConfigDataStorageDisk.from_dict(value)
        value = get("memory", UNSET)
        model_.memory = (
            value if value is UNSET else _models.ConfigDataStorageMemory.from_dict(value)
        )
        value = get("mimetypes", UNSET)
        model_.mimetypes = (
            value
            if value is UNSET
            else (None if value is None else _models.ConfigDataStorageMimetypes.from_dict(value))
        )
        model_.mimetypes_file = get("mimetypes_file", UNSET)
        value = get("s3", UNSET)
        model_.s3 = (
            value
            if value is UNSET
            else (
                None if value is None else [_models.S3Storage.from_dict(item0) for item0 in value]
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
