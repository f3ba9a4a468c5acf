from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.config_data_storage_cors import ConfigDataStorageCors
    from ..models.config_data_storage_disk import ConfigDataStorageDisk
    from ..models.config_data_storage_memory import ConfigDataStorageMemory
    from ..models.config_data_storage_mimetypes import ConfigDataStorageMimetypes
    from ..models.s3_storage import S3Storage


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

_CONVERT_CORS = _types.model_of("ConfigDataStorageCors")
_CONVERT_DISK = _types.model_of("ConfigDataStorageDisk")
_CONVERT_MEMORY = _types.model_of("ConfigDataStorageMemory")
_CONVERT_MIMETYPES = _types.model_of("ConfigDataStorageMimetypes")
_CONVERT_S3 = _types.array_of(_types.model_of("S3Storage"))


@_attrs_define
class ConfigDataStorage:
    """
    Attributes:
        cors (ConfigDataStorageCors | None):
        disk (ConfigDataStorageDisk | None):
        memory (ConfigDataStorageMemory | None):
        mimetypes (ConfigDataStorageMimetypes | None):
        mimetypes_file (str | None):
        s3 (list[S3Storage] | None):
    """

    cors: ConfigDataStorageCors | None = None
    disk: ConfigDataStorageDisk | None = None
    memory: ConfigDataStorageMemory | None = None
    mimetypes: ConfigDataStorageMimetypes | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("cors")
        if value is None:
            if "cors" in src_dict:
                _types.absent(src_dict, "cors", False, False, strict, _KNOWN_KEYS)
            model_.cors = None
        elif value.__class__ is dict:
            try:
                model_.cors = _models.ConfigDataStorageCors._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("cors", src_dict) from None
        else:
            model_.cors = _types.fit(
                _CONVERT_CORS, src_dict, "cors", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("disk")
        if value is None:
            if "disk" in src_dict:
                _types.absent(src_dict, "disk", False, False, strict, _KNOWN_KEYS)
            model_.disk = None
        elif value.__class__ is dict:
            try:
                model_.disk = _models.ConfigDataStorageDisk._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("disk", src_dict) from None
        else:
            model_.disk = _types.fit(
                _CONVERT_DISK, src_dict, "disk", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("memory")
        if value is None:
            if "memory" in src_dict:
                _types.absent(src_dict, "memory", False, False, strict, _KNOWN_KEYS)
            model_.memory = None
        elif value.__class__ is dict:
            try:
                model_.memory = _models.ConfigDataStorageMemory._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("memory", src_dict) from None
        else:
            model_.memory = _types.fit(
                _CONVERT_MEMORY, src_dict, "memory", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("mimetypes")
        if value is None:
            model_.mimetypes = None
            if "mimetypes" in src_dict:
                model_._nulls += ("mimetypes",)
        elif value.__class__ is dict:
            try:
                model_.mimetypes = _models.ConfigDataStorageMimetypes._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("mimetypes", src_dict) from None
        else:
            model_.mimetypes = _types.fit(
                _CONVERT_MIMETYPES, src_dict, "mimetypes", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("mimetypes_file")
        if value is None:
            if "mimetypes_file" in src_dict:
                _types.absent(src_dict, "mimetypes_file", False, False, strict, _KNOWN_KEYS)
            model_.mimetypes_file = None
        elif value.__class__ is str:
            model_.mimetypes_file = value
        else:
            model_.mimetypes_file = _types.fit(
                _types.STRING, src_dict, "mimetypes_file", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("s3")
        if value is None:
            model_.s3 = None
            if "s3" in src_dict:
                model_._nulls += ("s3",)
        elif value.__class__ is list:
            try:
                model_.s3 = [_models.S3Storage._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("s3", value, src_dict) from None
        else:
            model_.s3 = _types.fit(
                _CONVERT_S3, src_dict, "s3", value, False, True, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
