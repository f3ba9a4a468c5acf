from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.metrics_response_metric import MetricsResponseMetric


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "interval_sec",
        "timerange_sec",
        "metrics",
    }
)


@_attrs_define
class MetricsResponse:
    """
    Attributes:
        interval_sec (int):
        timerange_sec (int):
        metrics (list[MetricsResponseMetric] | None):
    """

    interval_sec: int
    timerange_sec: int
    metrics: list[MetricsResponseMetric] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        interval_sec = self.interval_sec
        field_dict["interval_sec"] = interval_sec
        timerange_sec = self.timerange_sec
        field_dict["timerange_sec"] = timerange_sec
        metrics = self.metrics
        if metrics is not None:
            field_dict["metrics"] = [item0.to_dict() for item0 in metrics]
        elif "metrics" in self._nulls:
            field_dict["metrics"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.interval_sec = src_dict["interval_sec"]
        model_.timerange_sec = src_dict["timerange_sec"]
        value = get("metrics")
        if value is None:
            model_.metrics = None
            if "metrics" in src_dict:
                model_._nulls += ("metrics",)
        else:
            model_.metrics = [_models.MetricsResponseMetric.from_dict(item0) for item0 in value]
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
