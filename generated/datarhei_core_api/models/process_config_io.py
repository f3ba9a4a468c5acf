from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.address = src_dict["address"]
        value = get("cleanup")
        if value is None:
            model_.cleanup = None
            if "cleanup" in src_dict:
                model_._nulls += ("cleanup",)
        else:
            model_.cleanup = [_models.ProcessConfigIOCleanup.from_dict(item0) for item0 in value]
        model_.id = get("id")
        value = get("options")
        if value is None:
            model_.options = None
            if "options" in src_dict:
                model_._nulls += ("options",)
        else:
            model_.options = value
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
