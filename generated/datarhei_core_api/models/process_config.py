from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.process_config_type import ProcessConfigType

if TYPE_CHECKING:
    from ..models.process_config_io import ProcessConfigIO
    from ..models.process_config_limits import ProcessConfigLimits
    from ..models.process_config_metadata import ProcessConfigMetadata


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input",
        "output",
        "autostart",
        "binary",
        "domain",
        "id",
        "limits",
        "log_patterns",
        "metadata",
        "options",
        "owner",
        "reconnect",
        "reconnect_delay_seconds",
        "reference",
        "runtime_duration_seconds",
        "scheduler",
        "stale_timeout_seconds",
        "type",
    }
)


@_attrs_define
class ProcessConfig:
    """
    Attributes:
        input (list[ProcessConfigIO] | None):
        output (list[ProcessConfigIO] | None):
        autostart (bool | None):
        binary (str | None):
        domain (str | None):
        id (str | None):
        limits (ProcessConfigLimits | None):
        log_patterns (list[str] | None):
        metadata (None | ProcessConfigMetadata):
        options (list[str] | None):
        owner (str | None):
        reconnect (bool | None):
        reconnect_delay_seconds (int | None):
        reference (str | None):
        runtime_duration_seconds (int | None):
        scheduler (str | None):
        stale_timeout_seconds (int | None):
        type (ProcessConfigType | None):
    """

    input: list[ProcessConfigIO] | None = None
    output: list[ProcessConfigIO] | None = None
    autostart: bool | None = None
    binary: str | None = None
    domain: str | None = None
    id: str | None = None
    limits: ProcessConfigLimits | None = None
    log_patterns: list[str] | None = None
    metadata: None | ProcessConfigMetadata = None
    options: list[str] | None = None
    owner: str | None = None
    reconnect: bool | None = None
    reconnect_delay_seconds: int | None = None
    reference: str | None = None
    runtime_duration_seconds: int | None = None
    scheduler: str | None = None
    stale_timeout_seconds: int | None = None
    type: ProcessConfigType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        input_ = self.input
        field_dict["input"] = None if input_ is None else [item0.to_dict() for item0 in input_]
        output = self.output
        field_dict["output"] = None if output is None else [item0.to_dict() for item0 in output]
        autostart = self.autostart
        if autostart is not None:
            field_dict["autostart"] = autostart
        binary = self.binary
        if binary is not None:
            field_dict["binary"] = binary
        domain = self.domain
        if domain is not None:
            field_dict["domain"] = domain
        id = self.id
        if id is not None:
            field_dict["id"] = id
        limits = self.limits
        if limits is not None:
            field_dict["limits"] = limits.to_dict()
        log_patterns = self.log_patterns
        if log_patterns is not None:
            field_dict["log_patterns"] = log_patterns
        elif "log_patterns" in self._nulls:
            field_dict["log_patterns"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata.to_dict()
        elif "metadata" in self._nulls:
            field_dict["metadata"] = None
        options = self.options
        if options is not None:
            field_dict["options"] = options
        elif "options" in self._nulls:
            field_dict["options"] = None
        owner = self.owner
        if owner is not None:
            field_dict["owner"] = owner
        reconnect = self.reconnect
        if reconnect is not None:
            field_dict["reconnect"] = reconnect
        reconnect_delay_seconds = self.reconnect_delay_seconds
        if reconnect_delay_seconds is not None:
            field_dict["reconnect_delay_seconds"] = reconnect_delay_seconds
        reference = self.reference
        if reference is not None:
            field_dict["reference"] = reference
        runtime_duration_seconds = self.runtime_duration_seconds
        if runtime_duration_seconds is not None:
            field_dict["runtime_duration_seconds"] = runtime_duration_seconds
        scheduler = self.scheduler
        if scheduler is not None:
            field_dict["scheduler"] = scheduler
        stale_timeout_seconds = self.stale_timeout_seconds
        if stale_timeout_seconds is not None:
            field_dict["stale_timeout_seconds"] = stale_timeout_seconds
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = str(type_)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = src_dict["input"]
        model_.input = (
            None if value is None else [_models.ProcessConfigIO.from_dict(item0) for item0 in value]
        )
        value = src_dict["output"]
        model_.output = (
            None if value is None else [_models.ProcessConfigIO.from_dict(item0) for item0 in value]
        )
        model_.autostart = get("autostart")
        model_.binary = get("binary")
        model_.domain = get("domain")
        model_.id = get("id")
        value = get("limits")
        model_.limits = None if value is None else _models.ProcessConfigLimits.from_dict(value)
        value = get("log_patterns")
        if value is None:
            model_.log_patterns = None
            if "log_patterns" in src_dict:
                model_._nulls += ("log_patterns",)
        else:
            model_.log_patterns = value
        value = get("metadata")
        if value is None:
            model_.metadata = None
            if "metadata" in src_dict:
                model_._nulls += ("metadata",)
        else:
            model_.metadata = _models.ProcessConfigMetadata.from_dict(value)
        value = get("options")
        if value is None:
            model_.options = None
            if "options" in src_dict:
                model_._nulls += ("options",)
        else:
            model_.options = value
        model_.owner = get("owner")
        model_.reconnect = get("reconnect")
        model_.reconnect_delay_seconds = get("reconnect_delay_seconds")
        model_.reference = get("reference")
        model_.runtime_duration_seconds = get("runtime_duration_seconds")
        model_.scheduler = get("scheduler")
        model_.stale_timeout_seconds = get("stale_timeout_seconds")
        value = get("type")
        model_.type = None if value is None else _models.ProcessConfigType(value)
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
