from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.skills_format import SkillsFormat


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "demuxers",
        "muxers",
    }
)

_CONVERT_DEMUXERS = _types.array_of(_types.model_of("SkillsFormat"))
_CONVERT_MUXERS = _types.array_of(_types.model_of("SkillsFormat"))


@_attrs_define
class SkillsFormats:
    """
    Attributes:
        demuxers (list[SkillsFormat] | None):
        muxers (list[SkillsFormat] | None):
    """

    demuxers: list[SkillsFormat] | None = None
    muxers: list[SkillsFormat] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        demuxers = self.demuxers
        if demuxers is not None:
            field_dict["demuxers"] = [item0.to_dict() for item0 in demuxers]
        elif "demuxers" in self._nulls:
            field_dict["demuxers"] = None
        muxers = self.muxers
        if muxers is not None:
            field_dict["muxers"] = [item0.to_dict() for item0 in muxers]
        elif "muxers" in self._nulls:
            field_dict["muxers"] = None
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
        value = get("demuxers")
        if value is None:
            model_.demuxers = None
            if "demuxers" in src_dict:
                model_._nulls += ("demuxers",)
        elif value.__class__ is list:
            try:
                model_.demuxers = [_models.SkillsFormat._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("demuxers", value, src_dict) from None
        else:
            model_.demuxers = _types.fit(
                _CONVERT_DEMUXERS, src_dict, "demuxers", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("muxers")
        if value is None:
            model_.muxers = None
            if "muxers" in src_dict:
                model_._nulls += ("muxers",)
        elif value.__class__ is list:
            try:
                model_.muxers = [_models.SkillsFormat._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("muxers", value, src_dict) from None
        else:
            model_.muxers = _types.fit(
                _CONVERT_MUXERS, src_dict, "muxers", value, False, True, strict, _KNOWN_KEYS
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
