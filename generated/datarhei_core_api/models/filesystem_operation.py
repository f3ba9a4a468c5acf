from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.filesystem_operation_operation import FilesystemOperationOperation

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "operation",
        "bandwidth_limit_kbit",
        "source",
        "target",
    }
)

_CONVERT_OPERATION = _types.enum_of("FilesystemOperationOperation")


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
        value = get("operation")
        if value is None:
            model_.operation = _types.absent(
                src_dict, "operation", True, False, strict, _KNOWN_KEYS
            )
        else:
            model_.operation = _types.fit(
                _CONVERT_OPERATION, src_dict, "operation", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("bandwidth_limit_kbit")
        if value is None:
            if "bandwidth_limit_kbit" in src_dict:
                _types.absent(src_dict, "bandwidth_limit_kbit", False, False, strict, _KNOWN_KEYS)
            model_.bandwidth_limit_kbit = None
        elif value.__class__ is int:
            model_.bandwidth_limit_kbit = value
        else:
            model_.bandwidth_limit_kbit = _types.fit(
                _types.INTEGER,
                src_dict,
                "bandwidth_limit_kbit",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("source")
        if value is None:
            if "source" in src_dict:
                _types.absent(src_dict, "source", False, False, strict, _KNOWN_KEYS)
            model_.source = None
        elif value.__class__ is str:
            model_.source = value
        else:
            model_.source = _types.fit(
                _types.STRING, src_dict, "source", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("target")
        if value is None:
            if "target" in src_dict:
                _types.absent(src_dict, "target", False, False, strict, _KNOWN_KEYS)
            model_.target = None
        elif value.__class__ is str:
            model_.target = value
        else:
            model_.target = _types.fit(
                _types.STRING, src_dict, "target", value, False, False, strict, _KNOWN_KEYS
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
