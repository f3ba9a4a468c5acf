from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.s3_storage import S3Storage
    from ..models.set_config_storage_cors import SetConfigStorageCors
    from ..models.set_config_storage_disk import SetConfigStorageDisk
    from ..models.set_config_storage_memory import SetConfigStorageMemory
    from ..models.set_config_storage_mimetypes import SetConfigStorageMimetypes


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
class SetConfigStorage:
    """
    Attributes:
        cors (SetConfigStorageCors | None):
        disk (SetConfigStorageDisk | None):
        memory (SetConfigStorageMemory | None):
        mimetypes (None | SetConfigStorageMimetypes):
        mimetypes_file (str | None):
        s3 (list[S3Storage] | None):
    """

    cors: SetConfigStorageCors | None = None
    disk: SetConfigStorageDisk | None = None
    memory: SetConfigStorageMemory | None = None
    mimetypes: None | SetConfigStorageMimetypes = None
    mimetypes_file: str | None = None
    s3: list[S3Storage] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cors = self.cors
        if cors is not None:
            field_dict["cors"] = cors.to_dict()
        disk = self.disk
        if disk is not None:
            field_dict["disk"] = disk.to_dict()
        memory = self.memory
        if memory is not None:
            field_dict["memory"] = memory.to_dict()
        mimetypes = self.mimetypes
        if mimetypes is not None:
            field_dict["mimetypes"] = mimetypes.to_dict()
        elif "mimetypes" in self._nulls:
            field_dict["mimetypes"] = None
        mimetypes_file = self.mimetypes_file
        if mimetypes_file is not None:
            field_dict["mimetypes_file"] = mimetypes_file
        s3 = self.s3
        if s3 is not None:
            field_dict["s3"] = [item0.to_dict() for item0 in s3]
        elif "s3" in self._nulls:
            field_dict["s3"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("cors")
        model_.cors = None if value is None else _models.SetConfigStorageCors.from_dict(value)
        value = get("disk")
        model_.disk = None if value is None else _models.SetConfigStorageDisk.from_dict(value)
        value = get("memory")
        model_.memory = None if value is None else _models.SetConfigStorageMemory.from_dict(value)
        value = get("mimetypes")
        if value is None:
            model_.mimetypes = None
            if "mimetypes" in src_dict:
                model_._nulls += ("mimetypes",)
        else:
            model_.mimetypes = _models.SetConfigStorageMimetypes.from_dict(value)
        model_.mimetypes_file = get("mimetypes_file")
        value = get("s3")
        if value is None:
            model_.s3 = None
            if "s3" in src_dict:
                model_._nulls += ("s3",)
        else:
            model_.s3 = [_models.S3Storage.from_dict(item0) for item0 in value]
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
