from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.process_config import ProcessConfig
    from ..models.process_report import ProcessReport
    from ..models.process_state import ProcessState


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "id",
        "reference",
        "type",
        "config",
        "core_id",
        "domain",
        "metadata",
        "owner",
        "report",
        "state",
        "updated_at",
    }
)


@_attrs_define
class Process:
    """
    Attributes:
        created_at (int):
        id (str):
        reference (str):
        type (str):
        config (ProcessConfig | None):
        core_id (str | None):
        domain (str | None):
        metadata (Any | None):
        owner (str | None):
        report (ProcessReport | None):
        state (ProcessState | None):
        updated_at (int | None):
    """

    created_at: int
    id: str
    reference: str
    type: str
    config: ProcessConfig | None = None
    core_id: str | None = None
    domain: str | None = None
    metadata: Any | None = None
    owner: str | None = None
    report: ProcessReport | None = None
    state: ProcessState | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        created_at = self.created_at
        field_dict["created_at"] = created_at
        id = self.id
        field_dict["id"] = id
        reference = self.reference
        field_dict["reference"] = reference
        type_ = self.type
        field_dict["type"] = type_
        config = self.config
        if config is not None:
            field_dict["config"] = config.to_dict()
        core_id = self.core_id
        if core_id is not None:
            field_dict["core_id"] = core_id
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata
        elif "metadata" in self._nulls:
            field_dict["metadata"] = None
        owner = self.owner
        if owner is not None:
            field_dict["owner"] = owner
        report = self.report
        if report is not None:
            field_dict["report"] = report.to_dict()
        state = self.state
        if state is not None:
            field_dict["state"] = state.to_dict()
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.created_at = src_dict["created_at"]
        model_.id = src_dict["id"]
        model_.reference = src_dict["reference"]
        model_.type = src_dict["type"]
        value = get("config")
        model_.config = None if value is None else _models.ProcessConfig.from_dict(value)
        model_.core_id = get("core_id")
        model_.domain = get("domain")
        value = get("metadata")
        if value is None:
            model_.metadata = None
            if "metadata" in src_dict:
                model_._nulls += ("metadata",)
        else:
            model_.metadata = value
        model_.owner = get("owner")
        value = get("report")
        model_.report = None if value is None else _models.ProcessReport.from_dict(value)
        value = get("state")
        model_.state = None if value is None else _models.ProcessState.from_dict(value)
        model_.updated_at = get("updated_at")
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
