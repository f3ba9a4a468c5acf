from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.skills_library import SkillsLibrary


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "compiler",
        "configuration",
        "libraries",
        "version",
    }
)

_CONVERT_LIBRARIES = _types.array_of(_types.model_of("SkillsLibrary"))


@_attrs_define
class SkillsFfmpeg:
    """
    Attributes:
        compiler (str | None):
        configuration (str | None):
        libraries (list[SkillsLibrary] | None):
        version (str | None):
    """

    compiler: str | None = None
    configuration: str | None = None
    libraries: list[SkillsLibrary] | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        compiler = self.compiler
        if compiler is not None:
            field_dict["compiler"] = compiler
        configuration = self.configuration
        if configuration is not None:
            field_dict["configuration"] = configuration
        libraries = self.libraries
        if libraries is not None:
            field_dict["libraries"] = [item0.to_dict() for item0 in libraries]
        elif "libraries" in self._nulls:
            field_dict["libraries"] = None
        version = self.version
        if version is not None:
            field_dict["version"] = version
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
        value = get("compiler")
        if value is None:
            if "compiler" in src_dict:
                _types.absent(src_dict, "compiler", False, False, strict, _KNOWN_KEYS)
            model_.compiler = None
        elif value.__class__ is str:
            model_.compiler = value
        else:
            model_.compiler = _types.fit(
                _types.STRING, src_dict, "compiler", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("configuration")
        if value is None:
            if "configuration" in src_dict:
                _types.absent(src_dict, "configuration", False, False, strict, _KNOWN_KEYS)
            model_.configuration = None
        elif value.__class__ is str:
            model_.configuration = value
        else:
            model_.configuration = _types.fit(
                _types.STRING, src_dict, "configuration", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("libraries")
        if value is None:
            model_.libraries = None
            if "libraries" in src_dict:
                model_._nulls += ("libraries",)
        elif value.__class__ is list:
            try:
                model_.libraries = [
                    _models.SkillsLibrary._from_dict(item, strict) for item in value
                ]
            except _Invalid as error:
                raise error.within_items("libraries", value, src_dict) from None
        else:
            model_.libraries = _types.fit(
                _CONVERT_LIBRARIES, src_dict, "libraries", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("version")
        if value is None:
            if "version" in src_dict:
                _types.absent(src_dict, "version", False, False, strict, _KNOWN_KEYS)
            model_.version = None
        elif value.__class__ is str:
            model_.version = value
        else:
            model_.version = _types.fit(
                _types.STRING, src_dict, "version", value, False, False, strict, _KNOWN_KEYS
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
