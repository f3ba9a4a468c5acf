from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.process_event_filter import ProcessEventFilter


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "filters",
    }
)

_CONVERT_FILTERS = _types.array_of(_types.model_of("ProcessEventFilter"))


@_attrs_define
class ProcessEventFilters:
    """
    Attributes:
        filters (list[ProcessEventFilter] | None):
    """

    filters: list[ProcessEventFilter] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        filters = self.filters
        if filters is not None:
            field_dict["filters"] = [item0.to_dict() for item0 in filters]
        elif "filters" in self._nulls:
            field_dict["filters"] = None
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
        value = get("filters")
        if value is None:
            model_.filters = None
            if "filters" in src_dict:
                model_._nulls += ("filters",)
        elif value.__class__ is list:
            try:
                model_.filters = [
                    _models.ProcessEventFilter._from_dict(item, strict) for item in value
                ]
            except _Invalid as error:
                raise error.within_items("filters", value, src_dict) from None
        else:
            model_.filters = _types.fit(
                _CONVERT_FILTERS, src_dict, "filters", value, False, True, strict, _KNOWN_KEYS
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
