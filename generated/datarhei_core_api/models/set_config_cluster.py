from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.set_config_cluster_debug import SetConfigClusterDebug


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "debug",
        "emergency_leader_timeout_sec",
        "enable",
        "id",
        "node_recover_timeout_sec",
        "peers",
        "recover_timeout_sec",
        "startup_timeout_sec",
        "sync_interval_sec",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_DEBUG = _types.model_of("SetConfigClusterDebug")
_CONVERT_PEERS = _types.array_of(_types.STRING)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class SetConfigCluster:
    """
    Attributes:
        address (str | None): ip:port
        debug (SetConfigClusterDebug | None):
        emergency_leader_timeout_sec (int | None): seconds
        enable (bool | None):
        id (str | None):
        node_recover_timeout_sec (int | None): seconds
        peers (list[str] | None):
        recover_timeout_sec (int | None): seconds
        startup_timeout_sec (int | None): seconds
        sync_interval_sec (int | None): seconds
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    debug: SetConfigClusterDebug | None = None
    emergency_leader_timeout_sec: int | None = None
    enable: bool | None = None
    id: str | None = None
    node_recover_timeout_sec: int | None = None
    peers: list[str] | None = None
    recover_timeout_sec: int | None = None
    startup_timeout_sec: int | None = None
    sync_interval_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        debug = self.debug
        if debug is not None:
            field_dict["debug"] = debug.to_dict()
        emergency_leader_timeout_sec = self.emergency_leader_timeout_sec
        if emergency_leader_timeout_sec is not None:
            field_dict["emergency_leader_timeout_sec"] = emergency_leader_timeout_sec
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        id = self.id
        if id is not None:
            field_dict["id"] = id
        node_recover_timeout_sec = self.node_recover_timeout_sec
        if node_recover_timeout_sec is not None:
            field_dict["node_recover_timeout_sec"] = node_recover_timeout_sec
        peers = self.peers
        if peers is not None:
            field_dict["peers"] = peers
        elif "peers" in self._nulls:
            field_dict["peers"] = None
        recover_timeout_sec = self.recover_timeout_sec
        if recover_timeout_sec is not None:
            field_dict["recover_timeout_sec"] = recover_timeout_sec
        startup_timeout_sec = self.startup_timeout_sec
        if startup_timeout_sec is not None:
            field_dict["startup_timeout_sec"] = startup_timeout_sec
        sync_interval_sec = self.sync_interval_sec
        if sync_interval_sec is not None:
            field_dict["sync_interval_sec"] = sync_interval_sec
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
            if "address" in src_dict:
                _types.absent(src_dict, "address", False, False, strict, _KNOWN_KEYS)
            model_.address = None
        elif value.__class__ is str:
            model_.address = value
        else:
            model_.address = _types.fit(
                _types.STRING, src_dict, "address", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("debug")
        if value is None:
            if "debug" in src_dict:
                _types.absent(src_dict, "debug", False, False, strict, _KNOWN_KEYS)
            model_.debug = None
        elif value.__class__ is dict:
            try:
                model_.debug = _models.SetConfigClusterDebug._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("debug", src_dict) from None
        else:
            model_.debug = _types.fit(
                _CONVERT_DEBUG, src_dict, "debug", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("emergency_leader_timeout_sec")
        if value is None:
            if "emergency_leader_timeout_sec" in src_dict:
                _types.absent(
                    src_dict, "emergency_leader_timeout_sec", False, False, strict, _KNOWN_KEYS
                )
            model_.emergency_leader_timeout_sec = None
        elif value.__class__ is int:
            model_.emergency_leader_timeout_sec = value
        else:
            model_.emergency_leader_timeout_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "emergency_leader_timeout_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("enable")
        if value is None:
            if "enable" in src_dict:
                _types.absent(src_dict, "enable", False, False, strict, _KNOWN_KEYS)
            model_.enable = None
        elif value.__class__ is bool:
            model_.enable = value
        else:
            model_.enable = _types.fit(
                _types.BOOLEAN, src_dict, "enable", value, False, False, strict, _KNOWN_KEYS
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

        value = get("node_recover_timeout_sec")
        if value is None:
            if "node_recover_timeout_sec" in src_dict:
                _types.absent(
                    src_dict, "node_recover_timeout_sec", False, False, strict, _KNOWN_KEYS
                )
            model_.node_recover_timeout_sec = None
        elif value.__class__ is int:
            model_.node_recover_timeout_sec = value
        else:
            model_.node_recover_timeout_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "node_recover_timeout_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("peers")
        if value is None:
            model_.peers = None
            if "peers" in src_dict:
                model_._nulls += ("peers",)
        elif _types.listed(value, _STRING):
            model_.peers = value
        else:
            model_.peers = _types.fit(
                _CONVERT_PEERS, src_dict, "peers", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("recover_timeout_sec")
        if value is None:
            if "recover_timeout_sec" in src_dict:
                _types.absent(src_dict, "recover_timeout_sec", False, False, strict, _KNOWN_KEYS)
            model_.recover_timeout_sec = None
        elif value.__class__ is int:
            model_.recover_timeout_sec = value
        else:
            model_.recover_timeout_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "recover_timeout_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("startup_timeout_sec")
        if value is None:
            if "startup_timeout_sec" in src_dict:
                _types.absent(src_dict, "startup_timeout_sec", False, False, strict, _KNOWN_KEYS)
            model_.startup_timeout_sec = None
        elif value.__class__ is int:
            model_.startup_timeout_sec = value
        else:
            model_.startup_timeout_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "startup_timeout_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("sync_interval_sec")
        if value is None:
            if "sync_interval_sec" in src_dict:
                _types.absent(src_dict, "sync_interval_sec", False, False, strict, _KNOWN_KEYS)
            model_.sync_interval_sec = None
        elif value.__class__ is int:
            model_.sync_interval_sec = value
        else:
            model_.sync_interval_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "sync_interval_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
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
