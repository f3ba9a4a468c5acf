from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.config_data import ConfigData


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "config",
        "created_at",
        "loaded_at",
        "updated_at",
        "overrides",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_CONFIG = _types.model_of("ConfigData")
_CONVERT_OVERRIDES = _types.array_of(_types.STRING)


@_attrs_define
class GetConfig:
    """
    Attributes:
        config (ConfigData):
        created_at (str):
        loaded_at (str):
        updated_at (str):
        overrides (list[str] | None):
    """

    config: ConfigData
    created_at: str
    loaded_at: str
    updated_at: str
    overrides: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        config = self.config
        field_dict["config"] = config.to_dict()
        created_at = self.created_at
        field_dict["created_at"] = created_at
        loaded_at = self.loaded_at
        field_dict["loaded_at"] = loaded_at
        updated_at = self.updated_at
        field_dict["updated_at"] = updated_at
        overrides = self.overrides
        if overrides is not None:
            field_dict["overrides"] = overrides
        elif "overrides" in self._nulls:
            field_dict["overrides"] = None
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
        value = get("config")
        if value is None:
            model_.config = _types.absent(src_dict, "config", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is dict:
            try:
                model_.config = _models.ConfigData._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("config", src_dict) from None
        else:
            model_.config = _types.fit(
                _CONVERT_CONFIG, src_dict, "config", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("created_at")
        if value is None:
            model_.created_at = _types.absent(
                src_dict, "created_at", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.STRING, src_dict, "created_at", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("loaded_at")
        if value is None:
            model_.loaded_at = _types.absent(
                src_dict, "loaded_at", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.loaded_at = value
        else:
            model_.loaded_at = _types.fit(
                _types.STRING, src_dict, "loaded_at", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("updated_at")
        if value is None:
            model_.updated_at = _types.absent(
                src_dict, "updated_at", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.updated_at = value
        else:
            model_.updated_at = _types.fit(
                _types.STRING, src_dict, "updated_at", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("overrides")
        if value is None:
            model_.overrides = None
            if "overrides" in src_dict:
                model_._nulls += ("overrides",)
        elif _types.listed(value, _STRING):
            model_.overrides = value
        else:
            model_.overrides = _types.fit(
                _CONVERT_OVERRIDES, src_dict, "overrides", value, False, True, strict, _KNOWN_KEYS
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
