from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_deployments_process import ClusterDeploymentsProcess


T = TypeVar("T", bound="ClusterDeployments")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "process",
    }
)


@_attrs_define
class ClusterDeployments:
    """
    Attributes:
        process (list[ClusterDeploymentsProcess] | None | Unset):
    """

    process: list[ClusterDeploymentsProcess] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process: list[dict[str, Any]] | None | Unset
        if isinstance(self.process, Unset):
            process = UNSET
        elif isinstance(self.process, list):
            process = []
            for process_type_0_item_data in self.process:
                process_type_0_item = process_type_0_item_data.to_dict()
                process.append(process_type_0_item)

        else:
            process = self.process

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process is not UNSET:
            field_dict["process"] = process

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("process", UNSET)
        model_.process = (
            value
            if value is UNSET
            else (
                None
                if value is None
                else [_models.ClusterDeploymentsProcess.from_dict(item0) for item0 in value]
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
