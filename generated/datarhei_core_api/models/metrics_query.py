from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_query_metric import MetricsQueryMetric


T = TypeVar("T", bound="MetricsQuery")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "interval_sec",
        "metrics",
        "timerange_sec",
    }
)


@_attrs_define
class MetricsQuery:
    """
    Attributes:
        interval_sec (int | Unset):
        metrics (list[MetricsQueryMetric] | None | Unset):
        timerange_sec (int | Unset):
    """

    interval_sec: int | Unset = UNSET
    metrics: list[MetricsQueryMetric] | None | Unset = UNSET
    timerange_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_sec = self.interval_sec

        metrics: list[dict[str, Any]] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, list):
            metrics = []
            for metrics_type_0_item_data in self.metrics:
                metrics_type_0_item = metrics_type_0_item_data.to_dict()
                metrics.append(metrics_type_0_item)

        else:
            metrics = self.metrics

        timerange_sec = self.timerange_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval_sec is not UNSET:
            field_dict["interval_sec"] = interval_sec
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if timerange_sec is not UNSET:
            field_dict["timerange_sec"] = timerange_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.interval_sec = get("interval_sec", UNSET)
        value = get("metrics", UNSET)
        model_.metrics = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.MetricsQueryMetric.from_dict(item0) for item0 in value]
            )
        )
        model_.timerange_sec = get("timerange_sec", UNSET)
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
