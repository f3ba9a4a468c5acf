from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.srt_connection_log import SRTConnectionLog
    from ..models.srt_statistics import SRTStatistics


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "log",
        "stats",
    }
)

_CONVERT_LOG = _types.model_of("SRTConnectionLog")
_CONVERT_STATS = _types.model_of("SRTStatistics")


@_attrs_define
class SRTConnection:
    """
    Attributes:
        log (None | SRTConnectionLog):
        stats (SRTStatistics | None):
    """

    log: None | SRTConnectionLog = None
    stats: SRTStatistics | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        log = self.log
        if log is not None:
            field_dict["log"] = log.to_dict()
        elif "log" in self._nulls:
            field_dict["log"] = None
        stats = self.stats
        if stats is not None:
            field_dict["stats"] = stats.to_dict()
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
        value = get("log")
        if value is None:
            model_.log = None
            if "log" in src_dict:
                model_._nulls += ("log",)
        elif value.__class__ is dict:
            try:
                model_.log = _models.SRTConnectionLog._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("log", src_dict) from None
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("stats")
        if value is None:
            if "stats" in src_dict:
                _types.absent(src_dict, "stats", False, False, strict, _KNOWN_KEYS)
            model_.stats = None
        elif value.__class__ is dict:
            try:
                model_.stats = _models.SRTStatistics._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("stats", src_dict) from None
        else:
            model_.stats = _types.fit(
                _CONVERT_STATS, src_dict, "stats", value, False, False, strict, _KNOWN_KEYS
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
