from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_storage_memory_auth import ConfigDataStorageMemoryAuth
    from ..models.config_data_storage_memory_backup import ConfigDataStorageMemoryBackup


T = TypeVar("T", bound="ConfigDataStorageMemory")

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
        auth (ConfigDataStorageMemoryAuth | Unset): Deprecated, use IAM
        backup (ConfigDataStorageMemoryBackup | Unset):
        max_size_mbytes (int | Unset):
        purge (bool | Unset):
    """

    auth: ConfigDataStorageMemoryAuth | Unset = UNSET
    backup: ConfigDataStorageMemoryBackup | Unset = UNSET
    max_size_mbytes: int | Unset = UNSET
    purge: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        backup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup, Unset):
            backup = self.backup.to_dict()

        max_size_mbytes = self.max_size_mbytes

        purge = self.purge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if backup is not UNSET:
            field_dict["backup"] = backup
        if max_size_mbytes is not UNSET:
            field_dict["max_size_mbytes"] = max_size_mbytes
        if purge is not UNSET:
            field_dict["purge"] = purge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("auth", UNSET)
        model_.auth = (
            value if value is UNSET else _models.ConfigDataStorageMemoryAuth.from_dict(value)
        )
        value = get("backup", UNSET)
        model_.backup = (
            value if value is UNSET else _models.ConfigDataStorageMemoryBackup.from_dict(value)
        )
        model_.max_size_mbytes = get("max_size_mbytes", UNSET)
        model_.purge = get("purge", UNSET)
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
