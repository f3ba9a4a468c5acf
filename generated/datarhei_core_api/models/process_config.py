from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.process_config_type import ProcessConfigType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_config_io import ProcessConfigIO
    from ..models.process_config_limits import ProcessConfigLimits
    from ..models.process_config_metadata import ProcessConfigMetadata


T = TypeVar("T", bound="ProcessConfig")

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
        input_ (list[ProcessConfigIO] | None):
        output (list[ProcessConfigIO] | None):
        autostart (bool | Unset):
        binary (str | Unset):
        domain (str | Unset):
        id (str | Unset):
        limits (ProcessConfigLimits | Unset):
        log_patterns (list[str] | None | Unset):
        metadata (None | ProcessConfigMetadata | Unset):
        options (list[str] | None | Unset):
        owner (str | Unset):
        reconnect (bool | Unset):
        reconnect_delay_seconds (int | Unset):
        reference (str | Unset):
        runtime_duration_seconds (int | Unset):
        scheduler (str | Unset):
        stale_timeout_seconds (int | Unset):
        type_ (ProcessConfigType | Unset):
    """

    input_: list[ProcessConfigIO] | None
    output: list[ProcessConfigIO] | None
    autostart: bool | Unset = UNSET
    binary: str | Unset = UNSET
    domain: str | Unset = UNSET
    id: str | Unset = UNSET
    limits: ProcessConfigLimits | Unset = UNSET
    log_patterns: list[str] | None | Unset = UNSET
    metadata: None | ProcessConfigMetadata | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    owner: str | Unset = UNSET
    reconnect: bool | Unset = UNSET
    reconnect_delay_seconds: int | Unset = UNSET
    reference: str | Unset = UNSET
    runtime_duration_seconds: int | Unset = UNSET
    scheduler: str | Unset = UNSET
    stale_timeout_seconds: int | Unset = UNSET
    type_: ProcessConfigType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.process_config_metadata import ProcessConfigMetadata  # noqa: PLC0415

        input_: list[dict[str, Any]] | None
        if isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item = input_type_0_item_data.to_dict()
                input_.append(input_type_0_item)

        else:
            input_ = self.input_

        output: list[dict[str, Any]] | None
        if isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)

        else:
            output = self.output

        autostart = self.autostart

        binary = self.binary

        domain = self.domain

        id = self.id

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        log_patterns: list[str] | None | Unset
        if isinstance(self.log_patterns, Unset):
            log_patterns = UNSET
        elif isinstance(self.log_patterns, list):
            log_patterns = self.log_patterns

        else:
            log_patterns = self.log_patterns

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ProcessConfigMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        owner = self.owner

        reconnect = self.reconnect

        reconnect_delay_seconds = self.reconnect_delay_seconds

        reference = self.reference

        runtime_duration_seconds = self.runtime_duration_seconds

        scheduler = self.scheduler

        stale_timeout_seconds = self.stale_timeout_seconds

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )
        if autostart is not UNSET:
            field_dict["autostart"] = autostart
        if binary is not UNSET:
            field_dict["binary"] = binary
        if domain is not UNSET:
            field_dict["domain"] = domain
        if id is not UNSET:
            field_dict["id"] = id
        if limits is not UNSET:
            field_dict["limits"] = limits
        if log_patterns is not UNSET:
            field_dict["log_patterns"] = log_patterns
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if options is not UNSET:
            field_dict["options"] = options
        if owner is not UNSET:
            field_dict["owner"] = owner
        if reconnect is not UNSET:
            field_dict["reconnect"] = reconnect
        if reconnect_delay_seconds is not UNSET:
            field_dict["reconnect_delay_seconds"] = reconnect_delay_seconds
        if reference is not UNSET:
            field_dict["reference"] = reference
        if runtime_duration_seconds is not UNSET:
            field_dict["runtime_duration_seconds"] = runtime_duration_seconds
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if stale_timeout_seconds is not UNSET:
            field_dict["stale_timeout_seconds"] = stale_timeout_seconds
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["input"]
        model_.input_ = (
            None if value is None else [_models.ProcessConfigIO.from_dict(item0) for item0 in value]
        )
        value = src_dict["output"]
        model_.output = (
            None if value is None else [_models.ProcessConfigIO.from_dict(item0) for item0 in value]
        )
        model_.autostart = get("autostart", UNSET)
        model_.binary = get("binary", UNSET)
        model_.domain = get("domain", UNSET)
        model_.id = get("id", UNSET)
        value = get("limits", UNSET)
        model_.limits = value if value is UNSET else _models.ProcessConfigLimits.from_dict(value)
        model_.log_patterns = get("log_patterns", UNSET)
        value = get("metadata", UNSET)
        model_.metadata = (
            value
            if value is UNSET
            else (None if value is None else _models.ProcessConfigMetadata.from_dict(value))
        )
        model_.options = get("options", UNSET)
        model_.owner = get("owner", UNSET)
        model_.reconnect = get("reconnect", UNSET)
        model_.reconnect_delay_seconds = get("reconnect_delay_seconds", UNSET)
        model_.reference = get("reference", UNSET)
        model_.runtime_duration_seconds = get("runtime_duration_seconds", UNSET)
        model_.scheduler = get("scheduler", UNSET)
        model_.stale_timeout_seconds = get("stale_timeout_seconds", UNSET)
        value = get("type", UNSET)
        model_.type_ = value if value is UNSET else _models.ProcessConfigType(value)
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
