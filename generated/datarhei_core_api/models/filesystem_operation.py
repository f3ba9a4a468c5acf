from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.filesystem_operation_operation import FilesystemOperationOperation

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
        bandwidth_limit_kbit (int | None): kbit/s
        source (str | None):
        target (str | None):
    """

    operation: FilesystemOperationOperation
    bandwidth_limit_kbit: int | None = None
    source: str | None = None
    target: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        operation = self.operation
        field_dict["operation"] = str(operation)
        bandwidth_limit_kbit = self.bandwidth_limit_kbit
        if bandwidth_limit_kbit is not None:
            field_dict["bandwidth_limit_kbit"] = bandwidth_limit_kbit
        source = self.source
        if source is not None:
            field_dict["source"] = source
        target = self.target
        if target is not None:
            field_dict["target"] = target
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["operation"]
        model_.operation = _models.FilesystemOperationOperation(value)
        model_.bandwidth_limit_kbit = get("bandwidth_limit_kbit")
        model_.source = get("source")
        model_.target = get("target")
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
