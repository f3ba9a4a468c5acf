from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_deployments_process import ClusterDeploymentsProcess


T = TypeVar("T", bound="ClusterDeployments")


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
        from ..models.cluster_deployments_process import ClusterDeploymentsProcess  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_process(data: object) -> list[ClusterDeploymentsProcess] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                process_type_0 = []
                _process_type_0 = data
                for process_type_0_item_data in _process_type_0:
                    process_type_0_item = ClusterDeploymentsProcess.from_dict(
                        process_type_0_item_data
                    )

                    process_type_0.append(process_type_0_item)

                return process_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterDeploymentsProcess] | None | Unset, data)

        process = _parse_process(d.pop("process", UNSET))

        cluster_deployments = cls(
            process=process,
        )

        cluster_deployments.additional_properties = d
        return cluster_deployments

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
