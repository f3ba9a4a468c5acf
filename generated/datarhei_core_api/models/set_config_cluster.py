from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_cluster_debug import SetConfigClusterDebug


T = TypeVar("T", bound="SetConfigCluster")

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


@_attrs_define
class SetConfigCluster:
    """
    Attributes:
        address (str | Unset): ip:port
        debug (SetConfigClusterDebug | Unset):
        emergency_leader_timeout_sec (int | Unset): seconds
        enable (bool | Unset):
        id (str | Unset):
        node_recover_timeout_sec (int | Unset): seconds
        peers (list[str] | None | Unset):
        recover_timeout_sec (int | Unset): seconds
        startup_timeout_sec (int | Unset): seconds
        sync_interval_sec (int | Unset): seconds
    """

    address: str | Unset = UNSET
    debug: SetConfigClusterDebug | Unset = UNSET
    emergency_leader_timeout_sec: int | Unset = UNSET
    enable: bool | Unset = UNSET
    id: str | Unset = UNSET
    node_recover_timeout_sec: int | Unset = UNSET
    peers: list[str] | None | Unset = UNSET
    recover_timeout_sec: int | Unset = UNSET
    startup_timeout_sec: int | Unset = UNSET
    sync_interval_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        emergency_leader_timeout_sec = self.emergency_leader_timeout_sec

        enable = self.enable

        id = self.id

        node_recover_timeout_sec = self.node_recover_timeout_sec

        peers: list[str] | None | Unset
        if isinstance(self.peers, Unset):
            peers = UNSET
        elif isinstance(self.peers, list):
            peers = self.peers

        else:
            peers = self.peers

        recover_timeout_sec = self.recover_timeout_sec

        startup_timeout_sec = self.startup_timeout_sec

        sync_interval_sec = self.sync_interval_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if debug is not UNSET:
            field_dict["debug"] = debug
        if emergency_leader_timeout_sec is not UNSET:
            field_dict["emergency_leader_timeout_sec"] = emergency_leader_timeout_sec
        if enable is not UNSET:
            field_dict["enable"] = enable
        if id is not UNSET:
            field_dict["id"] = id
        if node_recover_timeout_sec is not UNSET:
            field_dict["node_recover_timeout_sec"] = node_recover_timeout_sec
        if peers is not UNSET:
            field_dict["peers"] = peers
        if recover_timeout_sec is not UNSET:
            field_dict["recover_timeout_sec"] = recover_timeout_sec
        if startup_timeout_sec is not UNSET:
            field_dict["startup_timeout_sec"] = startup_timeout_sec
        if sync_interval_sec is not UNSET:
            field_dict["sync_interval_sec"] = sync_interval_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        value = get("debug", UNSET)
        model_.debug = value if value is UNSET else _models.SetConfigClusterDebug.from_dict(value)
        model_.emergency_leader_timeout_sec = get("emergency_leader_timeout_sec", UNSET)
        model_.enable = get("enable", UNSET)
        model_.id = get("id", UNSET)
        model_.node_recover_timeout_sec = get("node_recover_timeout_sec", UNSET)
        model_.peers = get("peers", UNSET)
        model_.recover_timeout_sec = get("recover_timeout_sec", UNSET)
        model_.startup_timeout_sec = get("startup_timeout_sec", UNSET)
        model_.sync_interval_sec = get("sync_interval_sec", UNSET)
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
