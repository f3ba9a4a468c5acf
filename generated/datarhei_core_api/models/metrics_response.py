from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.metrics_response_metric import MetricsResponseMetric


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "interval_sec",
        "timerange_sec",
        "metrics",
    }
)

_CONVERT_METRICS = _types.array_of(_types.model_of("MetricsResponseMetric"))


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
        value = get("interval_sec")
        if value is None:
            model_.interval_sec = _types.absent(
                src_dict, "interval_sec", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.interval_sec = value
        else:
            model_.interval_sec = _types.fit(
                _types.INTEGER, src_dict, "interval_sec", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("timerange_sec")
        if value is None:
            model_.timerange_sec = _types.absent(
                src_dict, "timerange_sec", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.timerange_sec = value
        else:
            model_.timerange_sec = _types.fit(
                _types.INTEGER, src_dict, "timerange_sec", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("metrics")
        if value is None:
            model_.metrics = None
            if "metrics" in src_dict:
                model_._nulls += ("metrics",)
        elif value.__class__ is list:
            try:
                model_.metrics = [
                    _models.MetricsResponseMetric._from_dict(item, strict) for item in value
                ]
            except _Invalid as error:
                raise error.within_items("metrics", value, src_dict) from None
        else:
            model_.metrics = _types.fit(
                _CONVERT_METRICS, src_dict, "metrics", value, False, True, strict, _KNOWN_KEYS
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
