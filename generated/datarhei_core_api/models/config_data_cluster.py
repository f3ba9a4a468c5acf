from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_cluster_debug import ConfigDataClusterDebug


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


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ConfigDataCluster:
    """
    Attributes:
        address (str | None): ip:port
        debug (ConfigDataClusterDebug | None):
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
    debug: ConfigDataClusterDebug | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.address = get("address")
        value = get("debug")
        model_.debug = None if value is None else _models.ConfigDataClusterDebug.from_dict(value)
        model_.emergency_leader_timeout_sec = get("emergency_leader_timeout_sec")
        model_.enable = get("enable")
        model_.id = get("id")
        model_.node_recover_timeout_sec = get("node_recover_timeout_sec")
        value = get("peers")
        if value is None:
            model_.peers = None
            if "peers" in src_dict:
                model_._nulls += ("peers",)
        else:
            model_.peers = value
        model_.recover_timeout_sec = get("recover_timeout_sec")
        model_.startup_timeout_sec = get("startup_timeout_sec")
        model_.sync_interval_sec = get("sync_interval_sec")
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
