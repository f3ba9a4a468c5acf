from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_protocol import SkillsProtocol


T = TypeVar("T", bound="SkillsProtocols")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)


@_attrs_define
class SkillsProtocols:
    """
    Attributes:
        input_ (list[SkillsProtocol] | None | Unset):
        output (list[SkillsProtocol] | None | Unset):
    """

    input_: list[SkillsProtocol] | None | Unset = UNSET
    output: list[SkillsProtocol] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item = input_type_0_item_data.to_dict()
                input_.append(input_type_0_item)

        else:
            input_ = self.input_

        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)

        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("input", UNSET)
        model_.input_ = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsProtocol.from_dict(item0) for item0 in value]
            )
        )
        value = get("output", UNSET)
        model_.output = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.SkillsProtocol.from_dict(item0) for item0 in value]
            )
        )
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
