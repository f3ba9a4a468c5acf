from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.cluster_node_files_files import ClusterNodeFilesFiles


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "files",
        "last_update",
    }
)

_CONVERT_FILES = _types.model_of("ClusterNodeFilesFiles")


@_attrs_define
class ClusterNodeFiles:
    """
    Attributes:
        files (ClusterNodeFilesFiles | None):
        last_update (int | None): unix timestamp
    """

    files: ClusterNodeFilesFiles | None = None
    last_update: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        files = self.files
        if files is not None:
            field_dict["files"] = files.to_dict()
        elif "files" in self._nulls:
            field_dict["files"] = None
        last_update = self.last_update
        if last_update is not None:
            field_dict["last_update"] = last_update
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
        value = get("files")
        if value is None:
            model_.files = None
            if "files" in src_dict:
                model_._nulls += ("files",)
        elif value.__class__ is dict:
            try:
                model_.files = _models.ClusterNodeFilesFiles._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("files", src_dict) from None
        else:
            model_.files = _types.fit(
                _CONVERT_FILES, src_dict, "files", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("last_update")
        if value is None:
            if "last_update" in src_dict:
                _types.absent(src_dict, "last_update", False, False, strict, _KNOWN_KEYS)
            model_.last_update = None
        elif value.__class__ is int:
            model_.last_update = value
        else:
            model_.last_update = _types.fit(
                _types.INTEGER, src_dict, "last_update", value, False, False, strict, _KNOWN_KEYS
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
