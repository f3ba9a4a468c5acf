from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_response_metric_labels import MetricsResponseMetricLabels


T = TypeVar("T", bound="MetricsResponseMetric")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "labels",
        "name",
        "values",
    }
)


@_attrs_define
class MetricsResponseMetric:
    """
    Attributes:
        labels (MetricsResponseMetricLabels | None | Unset):
        name (str | Unset):
        values (list[list[float]] | None | Unset):
    """

    labels: MetricsResponseMetricLabels | None | Unset = UNSET
    name: str | Unset = UNSET
    values: list[list[float]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metrics_response_metric_labels import MetricsResponseMetricLabels  # noqa: PLC0415

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MetricsResponseMetricLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        name = self.name

        values: list[list[float]] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data

                values.append(values_type_0_item)

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("labels", UNSET)
        model_.labels = (
            value
            if value is UNSET
            else (None if value is None else _models.MetricsResponseMetricLabels.from_dict(value))
        )
        model_.name = get("name", UNSET)
        model_.values = get("values", UNSET)
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
