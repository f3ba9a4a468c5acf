from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.metrics_query_metric_labels import MetricsQueryMetricLabels


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "labels",
        "name",
    }
)

_CONVERT_LABELS = _types.model_of("MetricsQueryMetricLabels")


@_attrs_define
class MetricsQueryMetric:
    """
    Attributes:
        labels (MetricsQueryMetricLabels | None):
        name (str | None):
    """

    labels: MetricsQueryMetricLabels | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        labels = self.labels
        if labels is not None:
            field_dict["labels"] = labels.to_dict()
        elif "labels" in self._nulls:
            field_dict["labels"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
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
        value = get("labels")
        if value is None:
            model_.labels = None
            if "labels" in src_dict:
                model_._nulls += ("labels",)
        elif value.__class__ is dict:
            try:
                model_.labels = _models.MetricsQueryMetricLabels._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("labels", src_dict) from None
        else:
            model_.labels = _types.fit(
                _CONVERT_LABELS, src_dict, "labels", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
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
