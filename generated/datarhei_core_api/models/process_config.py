from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_config_type import ProcessConfigType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_config_io import ProcessConfigIO
    from ..models.process_config_limits import ProcessConfigLimits
    from ..models.process_config_metadata_type_0 import ProcessConfigMetadataType0


T = TypeVar("T", bound="ProcessConfig")


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
        metadata (None | ProcessConfigMetadataType0 | Unset):
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
    metadata: None | ProcessConfigMetadataType0 | Unset = UNSET
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
        from ..models.process_config_metadata_type_0 import ProcessConfigMetadataType0  # noqa: PLC0415

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
        elif isinstance(self.metadata, ProcessConfigMetadataType0):
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
        from ..models.process_config_io import ProcessConfigIO  # noqa: PLC0415
        from ..models.process_config_limits import ProcessConfigLimits  # noqa: PLC0415
        from ..models.process_config_metadata_type_0 import ProcessConfigMetadataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_(data: object) -> list[ProcessConfigIO] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = []
                _input_type_0 = data
                for input_type_0_item_data in _input_type_0:
                    input_type_0_item = ProcessConfigIO.from_dict(input_type_0_item_data)

                    input_type_0.append(input_type_0_item)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessConfigIO] | None, data)

        input_ = _parse_input_(d.pop("input"))

        def _parse_output(data: object) -> list[ProcessConfigIO] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:
                    output_type_0_item = ProcessConfigIO.from_dict(output_type_0_item_data)

                    output_type_0.append(output_type_0_item)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessConfigIO] | None, data)

        output = _parse_output(d.pop("output"))

        autostart = d.pop("autostart", UNSET)

        binary = d.pop("binary", UNSET)

        domain = d.pop("domain", UNSET)

        id = d.pop("id", UNSET)

        _limits = d.pop("limits", UNSET)
        limits: ProcessConfigLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = ProcessConfigLimits.from_dict(_limits)

        def _parse_log_patterns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                log_patterns_type_0 = cast(list[str], data)

                return log_patterns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        log_patterns = _parse_log_patterns(d.pop("log_patterns", UNSET))

        def _parse_metadata(data: object) -> None | ProcessConfigMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ProcessConfigMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessConfigMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = cast(list[str], data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        owner = d.pop("owner", UNSET)

        reconnect = d.pop("reconnect", UNSET)

        reconnect_delay_seconds = d.pop("reconnect_delay_seconds", UNSET)

        reference = d.pop("reference", UNSET)

        runtime_duration_seconds = d.pop("runtime_duration_seconds", UNSET)

        scheduler = d.pop("scheduler", UNSET)

        stale_timeout_seconds = d.pop("stale_timeout_seconds", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProcessConfigType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProcessConfigType(_type_)

        process_config = cls(
            input_=input_,
            output=output,
            autostart=autostart,
            binary=binary,
            domain=domain,
            id=id,
            limits=limits,
            log_patterns=log_patterns,
            metadata=metadata,
            options=options,
            owner=owner,
            reconnect=reconnect,
            reconnect_delay_seconds=reconnect_delay_seconds,
            reference=reference,
            runtime_duration_seconds=runtime_duration_seconds,
            scheduler=scheduler,
            stale_timeout_seconds=stale_timeout_seconds,
            type_=type_,
        )

        process_config.additional_properties = d
        return process_config

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
