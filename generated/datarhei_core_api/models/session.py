from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_extra import SessionExtra


T = TypeVar("T", bound="Session")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bandwidth_rx_kbit",
        "bandwidth_tx_kbit",
        "bytes_rx",
        "bytes_tx",
        "created_at",
        "extra",
        "id",
        "local",
        "reference",
        "remote",
    }
)


@_attrs_define
class Session:
    """
    Attributes:
        bandwidth_rx_kbit (float | Unset): kbit/s
        bandwidth_tx_kbit (float | Unset): kbit/s
        bytes_rx (int | Unset):
        bytes_tx (int | Unset):
        created_at (int | Unset):
        extra (None | SessionExtra | str | Unset):
        id (str | Unset):
        local (str | Unset):
        reference (str | Unset):
        remote (str | Unset):
    """

    bandwidth_rx_kbit: float | Unset = UNSET
    bandwidth_tx_kbit: float | Unset = UNSET
    bytes_rx: int | Unset = UNSET
    bytes_tx: int | Unset = UNSET
    created_at: int | Unset = UNSET
    extra: None | SessionExtra | str | Unset = UNSET
    id: str | Unset = UNSET
    local: str | Unset = UNSET
    reference: str | Unset = UNSET
    remote: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_extra import SessionExtra  # noqa: PLC0415

        bandwidth_rx_kbit = self.bandwidth_rx_kbit

        bandwidth_tx_kbit = self.bandwidth_tx_kbit

        bytes_rx = self.bytes_rx

        bytes_tx = self.bytes_tx

        created_at = self.created_at

        extra: dict[str, Any] | None | str | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, SessionExtra):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        id = self.id

        local = self.local

        reference = self.reference

        remote = self.remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bandwidth_rx_kbit is not UNSET:
            field_dict["bandwidth_rx_kbit"] = bandwidth_rx_kbit
        if bandwidth_tx_kbit is not UNSET:
            field_dict["bandwidth_tx_kbit"] = bandwidth_tx_kbit
        if bytes_rx is not UNSET:
            field_dict["bytes_rx"] = bytes_rx
        if bytes_tx is not UNSET:
            field_dict["bytes_tx"] = bytes_tx
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if extra is not UNSET:
            field_dict["extra"] = extra
        if id is not UNSET:
            field_dict["id"] = id
        if local is not UNSET:
            field_dict["local"] = local
        if reference is not UNSET:
            field_dict["reference"] = reference
        if remote is not UNSET:
            field_dict["remote"] = remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_extra import SessionExtra  # noqa: PLC0415

        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.bandwidth_rx_kbit = get("bandwidth_rx_kbit", UNSET)
        model_.bandwidth_tx_kbit = get("bandwidth_tx_kbit", UNSET)
        model_.bytes_rx = get("bytes_rx", UNSET)
        model_.bytes_tx = get("bytes_tx", UNSET)
        model_.created_at = get("created_at", UNSET)

        def _parse_extra(data: object) -> None | SessionExtra | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_1 = SessionExtra.from_dict(data)

                return extra_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionExtra | str | Unset, data)

        extra = _parse_extra(get("extra", UNSET))

        model_.extra = extra
        model_.id = get("id", UNSET)
        model_.local = get("local", UNSET)
        model_.reference = get("reference", UNSET)
        model_.remote = get("remote", UNSET)
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
