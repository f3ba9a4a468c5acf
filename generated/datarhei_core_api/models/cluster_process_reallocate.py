from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.process_id import ProcessID


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "process_ids",
        "target_node_id",
    }
)

_CONVERT_PROCESS_IDS = _types.array_of(_types.model_of("ProcessID"))


@_attrs_define
class ClusterProcessReallocate:
    """
    Attributes:
        process_ids (list[ProcessID] | None):
        target_node_id (str | None):
    """

    process_ids: list[ProcessID] | None = None
    target_node_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        process_ids = self.process_ids
        if process_ids is not None:
            field_dict["process_ids"] = [item0.to_dict() for item0 in process_ids]
        elif "process_ids" in self._nulls:
            field_dict["process_ids"] = None
        target_node_id = self.target_node_id
        if target_node_id is not None:
            field_dict["target_node_id"] = target_node_id
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
        value = get("process_ids")
        if value is None:
            model_.process_ids = None
            if "process_ids" in src_dict:
                model_._nulls += ("process_ids",)
        elif value.__class__ is list:
            try:
                model_.process_ids = [_models.ProcessID._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("process_ids", value, src_dict) from None
        else:
            model_.process_ids = _types.fit(
                _CONVERT_PROCESS_IDS,
                src_dict,
                "process_ids",
                value,
                False,
                True,
                strict,
                _KNOWN_KEYS,
            )

        value = get("target_node_id")
        if value is None:
            if "target_node_id" in src_dict:
                _types.absent(src_dict, "target_node_id", False, False, strict, _KNOWN_KEYS)
            model_.target_node_id = None
        elif value.__class__ is str:
            model_.target_node_id = value
        else:
            model_.target_node_id = _types.fit(
                _types.STRING, src_dict, "target_node_id", value, False, False, strict, _KNOWN_KEYS
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
