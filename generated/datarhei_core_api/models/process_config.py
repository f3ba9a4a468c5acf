from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..models.process_config_type import ProcessConfigType
from ..types import Invalid as _Invalid

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

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_INPUT = _types.array_of(_types.model_of("ProcessConfigIO"))
_CONVERT_OUTPUT = _types.array_of(_types.model_of("ProcessConfigIO"))
_CONVERT_LIMITS = _types.model_of("ProcessConfigLimits")
_CONVERT_LOG_PATTERNS = _types.array_of(_types.STRING)
_CONVERT_METADATA = _types.model_of("ProcessConfigMetadata")
_CONVERT_OPTIONS = _types.array_of(_types.STRING)
_CONVERT_TYPE = _types.enum_of("ProcessConfigType")


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
        value = get("input")
        if value is None:
            model_.input = _types.absent(src_dict, "input", True, True, strict, _KNOWN_KEYS)
        elif value.__class__ is list:
            try:
                model_.input = [_models.ProcessConfigIO._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("input", value, src_dict) from None
        else:
            model_.input = _types.fit(
                _CONVERT_INPUT, src_dict, "input", value, True, True, strict, _KNOWN_KEYS
            )

        value = get("output")
        if value is None:
            model_.output = _types.absent(src_dict, "output", True, True, strict, _KNOWN_KEYS)
        elif value.__class__ is list:
            try:
                model_.output = [_models.ProcessConfigIO._from_dict(item, strict) for item in value]
            except _Invalid as error:
                raise error.within_items("output", value, src_dict) from None
        else:
            model_.output = _types.fit(
                _CONVERT_OUTPUT, src_dict, "output", value, True, True, strict, _KNOWN_KEYS
            )

        value = get("autostart")
        if value is None:
            if "autostart" in src_dict:
                _types.absent(src_dict, "autostart", False, False, strict, _KNOWN_KEYS)
            model_.autostart = None
        elif value.__class__ is bool:
            model_.autostart = value
        else:
            model_.autostart = _types.fit(
                _types.BOOLEAN, src_dict, "autostart", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("binary")
        if value is None:
            if "binary" in src_dict:
                _types.absent(src_dict, "binary", False, False, strict, _KNOWN_KEYS)
            model_.binary = None
        elif value.__class__ is str:
            model_.binary = value
        else:
            model_.binary = _types.fit(
                _types.STRING, src_dict, "binary", value, False, False, strict, _KNOWN_KEYS
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

        value = get("id")
        if value is None:
            if "id" in src_dict:
                _types.absent(src_dict, "id", False, False, strict, _KNOWN_KEYS)
            model_.id = None
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("limits")
        if value is None:
            if "limits" in src_dict:
                _types.absent(src_dict, "limits", False, False, strict, _KNOWN_KEYS)
            model_.limits = None
        elif value.__class__ is dict:
            try:
                model_.limits = _models.ProcessConfigLimits._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("limits", src_dict) from None
        else:
            model_.limits = _types.fit(
                _CONVERT_LIMITS, src_dict, "limits", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("log_patterns")
        if value is None:
            model_.log_patterns = None
            if "log_patterns" in src_dict:
                model_._nulls += ("log_patterns",)
        elif _types.listed(value, _STRING):
            model_.log_patterns = value
        else:
            model_.log_patterns = _types.fit(
                _CONVERT_LOG_PATTERNS,
                src_dict,
                "log_patterns",
                value,
                False,
                True,
                strict,
                _KNOWN_KEYS,
            )

        value = get("metadata")
        if value is None:
            model_.metadata = None
            if "metadata" in src_dict:
                model_._nulls += ("metadata",)
        elif value.__class__ is dict:
            try:
                model_.metadata = _models.ProcessConfigMetadata._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("metadata", src_dict) from None
        else:
            model_.metadata = _types.fit(
                _CONVERT_METADATA, src_dict, "metadata", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("options")
        if value is None:
            model_.options = None
            if "options" in src_dict:
                model_._nulls += ("options",)
        elif _types.listed(value, _STRING):
            model_.options = value
        else:
            model_.options = _types.fit(
                _CONVERT_OPTIONS, src_dict, "options", value, False, True, strict, _KNOWN_KEYS
            )

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

        value = get("reconnect")
        if value is None:
            if "reconnect" in src_dict:
                _types.absent(src_dict, "reconnect", False, False, strict, _KNOWN_KEYS)
            model_.reconnect = None
        elif value.__class__ is bool:
            model_.reconnect = value
        else:
            model_.reconnect = _types.fit(
                _types.BOOLEAN, src_dict, "reconnect", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("reconnect_delay_seconds")
        if value is None:
            if "reconnect_delay_seconds" in src_dict:
                _types.absent(
                    src_dict, "reconnect_delay_seconds", False, False, strict, _KNOWN_KEYS
                )
            model_.reconnect_delay_seconds = None
        elif value.__class__ is int:
            model_.reconnect_delay_seconds = value
        else:
            model_.reconnect_delay_seconds = _types.fit(
                _types.INTEGER,
                src_dict,
                "reconnect_delay_seconds",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("reference")
        if value is None:
            if "reference" in src_dict:
                _types.absent(src_dict, "reference", False, False, strict, _KNOWN_KEYS)
            model_.reference = None
        elif value.__class__ is str:
            model_.reference = value
        else:
            model_.reference = _types.fit(
                _types.STRING, src_dict, "reference", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("runtime_duration_seconds")
        if value is None:
            if "runtime_duration_seconds" in src_dict:
                _types.absent(
                    src_dict, "runtime_duration_seconds", False, False, strict, _KNOWN_KEYS
                )
            model_.runtime_duration_seconds = None
        elif value.__class__ is int:
            model_.runtime_duration_seconds = value
        else:
            model_.runtime_duration_seconds = _types.fit(
                _types.INTEGER,
                src_dict,
                "runtime_duration_seconds",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("scheduler")
        if value is None:
            if "scheduler" in src_dict:
                _types.absent(src_dict, "scheduler", False, False, strict, _KNOWN_KEYS)
            model_.scheduler = None
        elif value.__class__ is str:
            model_.scheduler = value
        else:
            model_.scheduler = _types.fit(
                _types.STRING, src_dict, "scheduler", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("stale_timeout_seconds")
        if value is None:
            if "stale_timeout_seconds" in src_dict:
                _types.absent(src_dict, "stale_timeout_seconds", False, False, strict, _KNOWN_KEYS)
            model_.stale_timeout_seconds = None
        elif value.__class__ is int:
            model_.stale_timeout_seconds = value
        else:
            model_.stale_timeout_seconds = _types.fit(
                _types.INTEGER,
                src_dict,
                "stale_timeout_seconds",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("type")
        if value is None:
            if "type" in src_dict:
                _types.absent(src_dict, "type", False, False, strict, _KNOWN_KEYS)
            model_.type = None
        else:
            model_.type = _types.fit(
                _CONVERT_TYPE, src_dict, "type", value, False, False, strict, _KNOWN_KEYS
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
