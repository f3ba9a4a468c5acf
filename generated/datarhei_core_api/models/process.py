from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_config import ProcessConfig
    from ..models.process_report import ProcessReport
    from ..models.process_state import ProcessState


T = TypeVar("T", bound="Process")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "config",
        "core_id",
        "created_at",
        "domain",
        "id",
        "metadata",
        "owner",
        "reference",
        "report",
        "state",
        "type",
        "updated_at",
    }
)


@_attrs_define
class Process:
    """
    Attributes:
        config (ProcessConfig | Unset):
        core_id (str | Unset):
        created_at (int | Unset):
        domain (str | Unset):
        id (str | Unset):
        metadata (Any | Unset):
        owner (str | Unset):
        reference (str | Unset):
        report (ProcessReport | Unset):
        state (ProcessState | Unset):
        type_ (str | Unset):
        updated_at (int | Unset):
    """

    config: ProcessConfig | Unset = UNSET
    core_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    domain: str | Unset = UNSET
    id: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    owner: str | Unset = UNSET
    reference: str | Unset = UNSET
    report: ProcessReport | Unset = UNSET
    state: ProcessState | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        core_id = self.core_id

        created_at = self.created_at

        domain = self.domain

        id = self.id

        metadata = self.metadata

        owner = self.owner

        reference = self.reference

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if core_id is not UNSET:
            field_dict["core_id"] = core_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if domain is not UNSET:
            field_dict["domain"] = domain
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if owner is not UNSET:
            field_dict["owner"] = owner
        if reference is not UNSET:
            field_dict["reference"] = reference
        if report is not UNSET:
            field_dict["report"] = report
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("config", UNSET)
        model_.config = value if value is UNSET else _models.ProcessConfig.from_dict(value)
        model_.core_id = get("core_id", UNSET)
        model_.created_at = get("created_at", UNSET)
        model_.domain = get("domain", UNSET)
        model_.id = get("id", UNSET)
        model_.metadata = get("metadata", UNSET)
        model_.owner = get("owner", UNSET)
        model_.reference = get("reference", UNSET)
        value = get("report", UNSET)
        model_.report = value if value is UNSET else _models.ProcessReport.from_dict(value)
        value = get("state", UNSET)
        model_.state = value if value is UNSET else _models.ProcessState.from_dict(value)
        model_.type_ = get("type", UNSET)
        model_.updated_at = get("updated_at", UNSET)
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
