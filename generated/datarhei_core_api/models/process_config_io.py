from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_config_io_cleanup import ProcessConfigIOCleanup


T = TypeVar("T", bound="ProcessConfigIO")


@_attrs_define
class ProcessConfigIO:
    """
    Attributes:
        address (str):
        cleanup (list[ProcessConfigIOCleanup] | None | Unset):
        id (str | Unset):
        options (list[str] | None | Unset):
    """

    address: str
    cleanup: list[ProcessConfigIOCleanup] | None | Unset = UNSET
    id: str | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        cleanup: list[dict[str, Any]] | None | Unset
        if isinstance(self.cleanup, Unset):
            cleanup = UNSET
        elif isinstance(self.cleanup, list):
            cleanup = []
            for cleanup_type_0_item_data in self.cleanup:
                cleanup_type_0_item = cleanup_type_0_item_data.to_dict()
                cleanup.append(cleanup_type_0_item)

        else:
            cleanup = self.cleanup

        id = self.id

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if cleanup is not UNSET:
            field_dict["cleanup"] = cleanup
        if id is not UNSET:
            field_dict["id"] = id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.process_config_io_cleanup import ProcessConfigIOCleanup  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        def _parse_cleanup(data: object) -> list[ProcessConfigIOCleanup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cleanup_type_0 = []
                _cleanup_type_0 = data
                for cleanup_type_0_item_data in _cleanup_type_0:
                    cleanup_type_0_item = ProcessConfigIOCleanup.from_dict(cleanup_type_0_item_data)

                    cleanup_type_0.append(cleanup_type_0_item)

                return cleanup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProcessConfigIOCleanup] | None | Unset, data)

        cleanup = _parse_cleanup(d.pop("cleanup", UNSET))

        id = d.pop("id", UNSET)

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

        process_config_io = cls(
            address=address,
            cleanup=cleanup,
            id=id,
            options=options,
        )

        process_config_io.additional_properties = d
        return process_config_io

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
