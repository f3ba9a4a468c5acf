from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_CONFIG = _types.model_of("ProcessConfig")
_CONVERT_REPORT = _types.model_of("ProcessReport")
_CONVERT_STATE = _types.model_of("ProcessState")


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
        value = get("created_at")
        if value is None:
            model_.created_at = _types.absent(
                src_dict, "created_at", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.INTEGER, src_dict, "created_at", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            model_.id = _types.absent(src_dict, "id", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("reference")
        if value is None:
            model_.reference = _types.absent(
                src_dict, "reference", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.reference = value
        else:
            model_.reference = _types.fit(
                _types.STRING, src_dict, "reference", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("type")
        if value is None:
            model_.type = _types.absent(src_dict, "type", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.type = value
        else:
            model_.type = _types.fit(
                _types.STRING, src_dict, "type", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("config")
        if value is None:
            if "config" in src_dict:
                _types.absent(src_dict, "config", False, False, strict, _KNOWN_KEYS)
            model_.config = None
        elif value.__class__ is dict:
            try:
                model_.config = _models.ProcessConfig._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("config", src_dict) from None
        else:
            model_.config = _types.fit(
                _CONVERT_CONFIG, src_dict, "config", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("core_id")
        if value is None:
            if "core_id" in src_dict:
                _types.absent(src_dict, "core_id", False, False, strict, _KNOWN_KEYS)
            model_.core_id = None
        elif value.__class__ is str:
            model_.core_id = value
        else:
            model_.core_id = _types.fit(
                _types.STRING, src_dict, "core_id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("domain")
        if value is None:
            if "domain" in src_dict:
                _types.absent(src_dict, "domain", False, False, strict, _KNOWN_KEYS)
            model_.domain = None
        elif value.__class__ is str:
            model_.domain = value
        else:
            model_.domain = _types.fit(
                _types.STRING, src_dict, "domain", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("metadata")
        if value is None:
            model_.metadata = None
            if "metadata" in src_dict:
                model_._nulls += ("metadata",)
        else:
            model_.metadata = value

        value = get("owner")
        if value is None:
            if "owner" in src_dict:
                _types.absent(src_dict, "owner", False, False, strict, _KNOWN_KEYS)
            model_.owner = None
        elif value.__class__ is str:
            model_.owner = value
        else:
            model_.owner = _types.fit(
                _types.STRING, src_dict, "owner", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("report")
        if value is None:
            if "report" in src_dict:
                _types.absent(src_dict, "report", False, False, strict, _KNOWN_KEYS)
            model_.report = None
        elif value.__class__ is dict:
            try:
                model_.report = _models.ProcessReport._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("report", src_dict) from None
        else:
            model_.report = _types.fit(
                _CONVERT_REPORT, src_dict, "report", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("state")
        if value is None:
            if "state" in src_dict:
                _types.absent(src_dict, "state", False, False, strict, _KNOWN_KEYS)
            model_.state = None
        elif value.__class__ is dict:
            try:
                model_.state = _models.ProcessState._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("state", src_dict) from None
        else:
            model_.state = _types.fit(
                _CONVERT_STATE, src_dict, "state", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("updated_at")
        if value is None:
            if "updated_at" in src_dict:
                _types.absent(src_dict, "updated_at", False, False, strict, _KNOWN_KEYS)
            model_.updated_at = None
        elif value.__class__ is int:
            model_.updated_at = value
        else:
            model_.updated_at = _types.fit(
                _types.INTEGER, src_dict, "updated_at", value, False, False, strict, _KNOWN_KEYS
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
