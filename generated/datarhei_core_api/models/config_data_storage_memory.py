from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_storage_memory_auth import ConfigDataStorageMemoryAuth
    from ..models.config_data_storage_memory_backup import ConfigDataStorageMemoryBackup


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auth",
        "backup",
        "max_size_mbytes",
        "purge",
    }
)


@_attrs_define
class ConfigDataStorageMemory:
    """
    Attributes:
        auth (ConfigDataStorageMemoryAuth | None): Deprecated, use IAM
        backup (ConfigDataStorageMemoryBackup | None):
        max_size_mbytes (int | None):
        purge (bool | None):
    """

    auth: ConfigDataStorageMemoryAuth | None = None
    backup: ConfigDataStorageMemoryBackup | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("auth")
        model_.auth = (
            None if value is None else _models.ConfigDataStorageMemoryAuth.from_dict(value)
        )
        value = get("backup")
        model_.backup = (
            None if value is None else _models.ConfigDataStorageMemoryBackup.from_dict(value)
        )
        model_.max_size_mbytes = get("max_size_mbytes")
        model_.purge = get("purge")
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
