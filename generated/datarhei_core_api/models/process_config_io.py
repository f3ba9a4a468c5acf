from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_config_io_cleanup import ProcessConfigIOCleanup


T = TypeVar("T", bound="ProcessConfigIO")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "cleanup",
        "id",
        "options",
    }
)


@_attrs_define
class ProcessConfigIO:
    """
    Attributes:
        address (str):
        cleanup (list[ProcessConfigIOCleanup] | None | Unset):
        id (str | Unset):
        options (list[str] | None | Unset):
    """

    address: str
    cleanup: list[ProcessConfigIOCleanup] | None | Unset = UNSET
    id: str | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        cleanup: list[dict[str, Any]] | None | Unset
        if isinstance(self.cleanup, Unset):
            cleanup = UNSET
        elif isinstance(self.cleanup, list):
            cleanup = []
            for cleanup_type_0_item_data in self.cleanup:
                cleanup_type_0_item = cleanup_type_0_item_data.to_dict()
                cleanup.append(cleanup_type_0_item)

        else:
            cleanup = self.cleanup

        id = self.id

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if cleanup is not UNSET:
            field_dict["cleanup"] = cleanup
        if id is not UNSET:
            field_dict["id"] = id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["address"]
        model_.address = value
        value = get("cleanup", UNSET)
        model_.cleanup = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.ProcessConfigIOCleanup.from_dict(item0) for item0 in value]
            )
        )
        model_.id = get("id", UNSET)
        model_.options = get("options", UNSET)
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
