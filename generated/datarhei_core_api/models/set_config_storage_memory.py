from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.set_config_storage_memory_auth import SetConfigStorageMemoryAuth
    from ..models.set_config_storage_memory_backup import SetConfigStorageMemoryBackup


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth",
        "backup",
        "max_size_mbytes",
        "purge",
    }
)

_CONVERT_AUTH = _types.model_of("SetConfigStorageMemoryAuth")
_CONVERT_BACKUP = _types.model_of("SetConfigStorageMemoryBackup")


@_attrs_define
class SetConfigStorageMemory:
    """
    Attributes:
        auth (SetConfigStorageMemoryAuth | None): Deprecated, use IAM
        backup (SetConfigStorageMemoryBackup | None):
        max_size_mbytes (int | None):
        purge (bool | None):
    """

    auth: SetConfigStorageMemoryAuth | None = None
    backup: SetConfigStorageMemoryBackup | None = None
    max_size_mbytes: int | None = None
    purge: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        auth = self.auth
        if auth is not None:
            field_dict["auth"] = auth.to_dict()
        backup = self.backup
        if backup is not None:
            field_dict["backup"] = backup.to_dict()
        max_size_mbytes = self.max_size_mbytes
        if max_size_mbytes is not None:
            field_dict["max_size_mbytes"] = max_size_mbytes
        purge = self.purge
        if purge is not None:
            field_dict["purge"] = purge
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
        value = get("auth")
        if value is None:
            if "auth" in src_dict:
                _types.absent(src_dict, "auth", False, False, strict, _KNOWN_KEYS)
            model_.auth = None
        elif value.__class__ is dict:
            try:
                model_.auth = _models.SetConfigStorageMemoryAuth._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("auth", src_dict) from None
        else:
            model_.auth = _types.fit(
                _CONVERT_AUTH, src_dict, "auth", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("backup")
        if value is None:
            if "backup" in src_dict:
                _types.absent(src_dict, "backup", False, False, strict, _KNOWN_KEYS)
            model_.backup = None
        elif value.__class__ is dict:
            try:
                model_.backup = _models.SetConfigStorageMemoryBackup._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("backup", src_dict) from None
        else:
            model_.backup = _types.fit(
                _CONVERT_BACKUP, src_dict, "backup", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_size_mbytes")
        if value is None:
            if "max_size_mbytes" in src_dict:
                _types.absent(src_dict, "max_size_mbytes", False, False, strict, _KNOWN_KEYS)
            model_.max_size_mbytes = None
        elif value.__class__ is int:
            model_.max_size_mbytes = value
        else:
            model_.max_size_mbytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "max_size_mbytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("purge")
        if value is None:
            if "purge" in src_dict:
                _types.absent(src_dict, "purge", False, False, strict, _KNOWN_KEYS)
            model_.purge = None
        elif value.__class__ is bool:
            model_.purge = value
        else:
            model_.purge = _types.fit(
                _types.BOOLEAN, src_dict, "purge", value, False, False, strict, _KNOWN_KEYS
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
