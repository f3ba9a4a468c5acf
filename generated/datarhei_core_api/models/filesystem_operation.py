from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.filesystem_operation_operation import FilesystemOperationOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilesystemOperation")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "operation",
        "bandwidth_limit_kbit",
        "source",
        "target",
    }
)


@_attrs_define
class FilesystemOperation:
    """
    Attributes:
        operation (FilesystemOperationOperation):
        bandwidth_limit_kbit (int | Unset): kbit/s
        source (str | Unset):
        target (str | Unset):
    """

    operation: FilesystemOperationOperation
    bandwidth_limit_kbit: int | Unset = UNSET
    source: str | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.value

        bandwidth_limit_kbit = self.bandwidth_limit_kbit

        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
            }
        )
        if bandwidth_limit_kbit is not UNSET:
            field_dict["bandwidth_limit_kbit"] = bandwidth_limit_kbit
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["operation"]
        model_.operation = _models.FilesystemOperationOperation(value)
        model_.bandwidth_limit_kbit = get("bandwidth_limit_kbit", UNSET)
        model_.source = get("source", UNSET)
        model_.target = get("target", UNSET)
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
