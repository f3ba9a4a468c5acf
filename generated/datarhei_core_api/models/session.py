from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.session_extra import SessionExtra


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bandwidth_rx_kbit",
        "bandwidth_tx_kbit",
        "bytes_rx",
        "bytes_tx",
        "created_at",
        "id",
        "local",
        "reference",
        "remote",
        "extra",
    }
)


@_attrs_define
class Session:
    """
    Attributes:
        bandwidth_rx_kbit (float): kbit/s
        bandwidth_tx_kbit (float): kbit/s
        bytes_rx (int):
        bytes_tx (int):
        created_at (int):
        id (str):
        local (str):
        reference (str):
        remote (str):
        extra (None | SessionExtra | str):
    """

    bandwidth_rx_kbit: float
    bandwidth_tx_kbit: float
    bytes_rx: int
    bytes_tx: int
    created_at: int
    id: str
    local: str
    reference: str
    remote: str
    extra: None | SessionExtra | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        bandwidth_rx_kbit = self.bandwidth_rx_kbit
        field_dict["bandwidth_rx_kbit"] = bandwidth_rx_kbit
        bandwidth_tx_kbit = self.bandwidth_tx_kbit
        field_dict["bandwidth_tx_kbit"] = bandwidth_tx_kbit
        bytes_rx = self.bytes_rx
        field_dict["bytes_rx"] = bytes_rx
        bytes_tx = self.bytes_tx
        field_dict["bytes_tx"] = bytes_tx
        created_at = self.created_at
        field_dict["created_at"] = created_at
        id = self.id
        field_dict["id"] = id
        local = self.local
        field_dict["local"] = local
        reference = self.reference
        field_dict["reference"] = reference
        remote = self.remote
        field_dict["remote"] = remote
        extra = self.extra
        if extra is not None:
            field_dict["extra"] = (
                extra.to_dict() if isinstance(extra, _models.SessionExtra) else extra
            )
        elif "extra" in self._nulls:
            field_dict["extra"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.bandwidth_rx_kbit = src_dict["bandwidth_rx_kbit"]
        model_.bandwidth_tx_kbit = src_dict["bandwidth_tx_kbit"]
        model_.bytes_rx = src_dict["bytes_rx"]
        model_.bytes_tx = src_dict["bytes_tx"]
        model_.created_at = src_dict["created_at"]
        model_.id = src_dict["id"]
        model_.local = src_dict["local"]
        model_.reference = src_dict["reference"]
        model_.remote = src_dict["remote"]
        value = get("extra")
        if value is None:
            model_.extra = None
            if "extra" in src_dict:
                model_._nulls += ("extra",)
        else:
            model_.extra = (
                _models.SessionExtra.from_dict(value) if isinstance(value, dict) else value
            )
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
