from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_response_metric_labels_type_0 import (
        MetricsResponseMetricLabelsType0,
    )


T = TypeVar("T", bound="MetricsResponseMetric")


@_attrs_define
class MetricsResponseMetric:
    """
    Attributes:
        labels (MetricsResponseMetricLabelsType0 | None | Unset):
        name (str | Unset):
        values (list[list[float]] | None | Unset):
    """

    labels: MetricsResponseMetricLabelsType0 | None | Unset = UNSET
    name: str | Unset = UNSET
    values: list[list[float]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metrics_response_metric_labels_type_0 import (
            MetricsResponseMetricLabelsType0,  # noqa: PLC0415
        )

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MetricsResponseMetricLabelsType0):
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
        from ..models.metrics_response_metric_labels_type_0 import (
            MetricsResponseMetricLabelsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_labels(data: object) -> MetricsResponseMetricLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = MetricsResponseMetricLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsResponseMetricLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        name = d.pop("name", UNSET)

        def _parse_values(data: object) -> list[list[float]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = cast(list[float], values_type_0_item_data)

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[float]] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        metrics_response_metric = cls(
            labels=labels,
            name=name,
            values=values,
        )

        metrics_response_metric.additional_properties = d
        return metrics_response_metric

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
