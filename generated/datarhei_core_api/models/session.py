from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types

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

_CONVERT_EXTRA = _types.nullable(_types.union_of(_types.STRING, _types.model_of("SessionExtra")))


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
        value = get("bandwidth_rx_kbit")
        if value is None:
            model_.bandwidth_rx_kbit = _types.absent(
                src_dict, "bandwidth_rx_kbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.bandwidth_rx_kbit = value
        else:
            model_.bandwidth_rx_kbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "bandwidth_rx_kbit",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("bandwidth_tx_kbit")
        if value is None:
            model_.bandwidth_tx_kbit = _types.absent(
                src_dict, "bandwidth_tx_kbit", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is float or value.__class__ is int:
            model_.bandwidth_tx_kbit = value
        else:
            model_.bandwidth_tx_kbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "bandwidth_tx_kbit",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("bytes_rx")
        if value is None:
            model_.bytes_rx = _types.absent(src_dict, "bytes_rx", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.bytes_rx = value
        else:
            model_.bytes_rx = _types.fit(
                _types.INTEGER, src_dict, "bytes_rx", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("bytes_tx")
        if value is None:
            model_.bytes_tx = _types.absent(src_dict, "bytes_tx", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.bytes_tx = value
        else:
            model_.bytes_tx = _types.fit(
                _types.INTEGER, src_dict, "bytes_tx", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("created_at")
        if value is None:
            model_.created_at = _types.absent(
                src_dict, "created_at", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.INTEGER, src_dict, "created_at", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("id")
        if value is None:
            model_.id = _types.absent(src_dict, "id", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.id = value
        else:
            model_.id = _types.fit(
                _types.STRING, src_dict, "id", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("local")
        if value is None:
            model_.local = _types.absent(src_dict, "local", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.local = value
        else:
            model_.local = _types.fit(
                _types.STRING, src_dict, "local", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("reference")
        if value is None:
            model_.reference = _types.absent(
                src_dict, "reference", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is str:
            model_.reference = value
        else:
            model_.reference = _types.fit(
                _types.STRING, src_dict, "reference", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("remote")
        if value is None:
            model_.remote = _types.absent(src_dict, "remote", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.remote = value
        else:
            model_.remote = _types.fit(
                _types.STRING, src_dict, "remote", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("extra")
        if value is None:
            model_.extra = None
            if "extra" in src_dict:
                model_._nulls += ("extra",)
        else:
            model_.extra = _types.fit(
                _CONVERT_EXTRA, src_dict, "extra", value, False, True, strict, _KNOWN_KEYS
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
