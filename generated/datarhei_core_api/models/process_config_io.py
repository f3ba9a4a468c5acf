from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.process_config_io_cleanup import ProcessConfigIOCleanup


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "cleanup",
        "id",
        "options",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_CLEANUP = _types.array_of(_types.model_of("ProcessConfigIOCleanup"))
_CONVERT_OPTIONS = _types.array_of(_types.STRING)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ProcessConfigIO:
    """
    Attributes:
        address (str):
        cleanup (list[ProcessConfigIOCleanup] | None):
        id (str | None):
        options (list[str] | None):
    """

    address: str = _attrs_field(repr=_without_userinfo)
    cleanup: list[ProcessConfigIOCleanup] | None = None
    id: str | None = None
    options: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        field_dict["address"] = address
        cleanup = self.cleanup
        if cleanup is not None:
            field_dict["cleanup"] = [item0.to_dict() for item0 in cleanup]
        elif "cleanup" in self._nulls:
            field_dict["cleanup"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        options = self.options
        if options is not None:
            field_dict["options"] = options
        elif "options" in self._nulls:
            field_dict["options"] = None
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
        value = get("address")
        if value is None:
            model_.address = _types.absent(src_dict, "address", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("cleanup")
        if value is None:
            model_.cleanup = None
            if "cleanup" in src_dict:
                model_._nulls += ("cleanup",)
        elif value.__class__ is list:
            try:
                model_.cleanup = [
                    _models.ProcessConfigIOCleanup._from_dict(item, strict) for item in value
                ]
            except _Invalid as error:
                raise error.within_items("cleanup", value, src_dict) from None
        else:
            model_.cleanup = _types.fit(
                _CONVERT_CLEANUP, src_dict, "cleanup", value, False, True, strict, _KNOWN_KEYS
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
