from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_library import SkillsLibrary


T = TypeVar("T", bound="SkillsFfmpeg")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "compiler",
        "configuration",
        "libraries",
        "version",
    }
)


@_attrs_define
class SkillsFfmpeg:
    """
    Attributes:
        compiler (str | Unset):
        configuration (str | Unset):
        libraries (list[SkillsLibrary] | None | Unset):
        version (str | Unset):
    """

    compiler: str | Unset = UNSET
    configuration: str | Unset = UNSET
    libraries: list[SkillsLibrary] | None | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compiler = self.compiler

        configuration = self.configuration

        libraries: list[dict[str, Any]] | None | Unset
        if isinstance(self.libraries, Unset):
            libraries = UNSET
        elif isinstance(self.libraries, list):
            libraries = []
            for libraries_type_0_item_data in self.libraries:
                libraries_type_0_item = libraries_type_0_item_data.to_dict()
                libraries.append(libraries_type_0_item)

        else:
            libraries = self.libraries

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compiler is not UNSET:
            field_dict["compiler"] = compiler
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.compiler = get("compiler", UNSET)
        model_.configuration = get("configuration", UNSET)
        value = get("libraries", UNSET)
        model_.libraries = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsLibrary.from_dict(item0) for item0 in value]
            )
        )
        model_.version = get("version", UNSET)
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
