from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_api import ConfigDataApi
    from ..models.config_data_cluster import ConfigDataCluster
    from ..models.config_data_compress import ConfigDataCompress
    from ..models.config_data_db import ConfigDataDb
    from ..models.config_data_debug import ConfigDataDebug
    from ..models.config_data_ffmpeg import ConfigDataFfmpeg
    from ..models.config_data_host import ConfigDataHost
    from ..models.config_data_log import ConfigDataLog
    from ..models.config_data_metrics import ConfigDataMetrics
    from ..models.config_data_playout import ConfigDataPlayout
    from ..models.config_data_resources import ConfigDataResources
    from ..models.config_data_router import ConfigDataRouter
    from ..models.config_data_rtmp import ConfigDataRtmp
    from ..models.config_data_service import ConfigDataService
    from ..models.config_data_sessions import ConfigDataSessions
    from ..models.config_data_srt import ConfigDataSrt
    from ..models.config_data_storage import ConfigDataStorage
    from ..models.config_data_tls import ConfigDataTls


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "address",
        "api",
        "created_at",
        "db",
        "debug",
        "ffmpeg",
        "host",
        "id",
        "log",
        "metrics",
        "name",
        "playout",
        "router",
        "rtmp",
        "service",
        "sessions",
        "srt",
        "storage",
        "tls",
        "update_check",
        "version",
        "cluster",
        "compress",
        "resources",
    }
)


@_attrs_define
class ConfigData:
    """
    Attributes:
        address (str):
        api (ConfigDataApi):
        created_at (str): When this config has been persisted
        db (ConfigDataDb):
        debug (ConfigDataDebug):
        ffmpeg (ConfigDataFfmpeg):
        host (ConfigDataHost):
        id (str):
        log (ConfigDataLog):
        metrics (ConfigDataMetrics):
        name (str):
        playout (ConfigDataPlayout):
        router (ConfigDataRouter):
        rtmp (ConfigDataRtmp):
        service (ConfigDataService):
        sessions (ConfigDataSessions):
        srt (ConfigDataSrt):
        storage (ConfigDataStorage):
        tls (ConfigDataTls):
        update_check (bool):
        version (int):
        cluster (ConfigDataCluster | None):
        compress (ConfigDataCompress | None):
        resources (ConfigDataResources | None):
    """

    address: str
    api: ConfigDataApi
    created_at: str
    db: ConfigDataDb
    debug: ConfigDataDebug
    ffmpeg: ConfigDataFfmpeg
    host: ConfigDataHost
    id: str
    log: ConfigDataLog
    metrics: ConfigDataMetrics
    name: str
    playout: ConfigDataPlayout
    router: ConfigDataRouter
    rtmp: ConfigDataRtmp
    service: ConfigDataService
    sessions: ConfigDataSessions
    srt: ConfigDataSrt
    storage: ConfigDataStorage
    tls: ConfigDataTls
    update_check: bool
    version: int
    cluster: ConfigDataCluster | None = None
    compress: ConfigDataCompress | None = None
    resources: ConfigDataResources | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        field_dict["address"] = address
        api = self.api
        field_dict["api"] = api.to_dict()
        created_at = self.created_at
        field_dict["created_at"] = created_at
        db = self.db
        field_dict["db"] = db.to_dict()
        debug = self.debug
        field_dict["debug"] = debug.to_dict()
        ffmpeg = self.ffmpeg
        field_dict["ffmpeg"] = ffmpeg.to_dict()
        host = self.host
        field_dict["host"] = host.to_dict()
        id = self.id
        field_dict["id"] = id
        log = self.log
        field_dict["log"] = log.to_dict()
        metrics = self.metrics
        field_dict["metrics"] = metrics.to_dict()
        name = self.name
        field_dict["name"] = name
        playout = self.playout
        field_dict["playout"] = playout.to_dict()
        router = self.router
        field_dict["router"] = router.to_dict()
        rtmp = self.rtmp
        field_dict["rtmp"] = rtmp.to_dict()
        service = self.service
        field_dict["service"] = service.to_dict()
        sessions = self.sessions
        field_dict["sessions"] = sessions.to_dict()
        srt = self.srt
        field_dict["srt"] = srt.to_dict()
        storage = self.storage
        field_dict["storage"] = storage.to_dict()
        tls = self.tls
        field_dict["tls"] = tls.to_dict()
        update_check = self.update_check
        field_dict["update_check"] = update_check
        version = self.version
        field_dict["version"] = version
        cluster = self.cluster
        if cluster is not None:
            field_dict["cluster"] = cluster.to_dict()
        compress = self.compress
        if compress is not None:
            field_dict["compress"] = compress.to_dict()
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = src_dict["address"]
        value = src_dict["api"]
        model_.api = _models.ConfigDataApi.from_dict(value)
        model_.created_at = src_dict["created_at"]
        value = src_dict["db"]
        model_.db = _models.ConfigDataDb.from_dict(value)
        value = src_dict["debug"]
        model_.debug = _models.ConfigDataDebug.from_dict(value)
        value = src_dict["ffmpeg"]
        model_.ffmpeg = _models.ConfigDataFfmpeg.from_dict(value)
        value = src_dict["host"]
        model_.host = _models.ConfigDataHost.from_dict(value)
        model_.id = src_dict["id"]
        value = src_dict["log"]
        model_.log = _models.ConfigDataLog.from_dict(value)
        value = src_dict["metrics"]
        model_.metrics = _models.ConfigDataMetrics.from_dict(value)
        model_.name = src_dict["name"]
        value = src_dict["playout"]
        model_.playout = _models.ConfigDataPlayout.from_dict(value)
        value = src_dict["router"]
        model_.router = _models.ConfigDataRouter.from_dict(value)
        value = src_dict["rtmp"]
        model_.rtmp = _models.ConfigDataRtmp.from_dict(value)
        value = src_dict["service"]
        model_.service = _models.ConfigDataService.from_dict(value)
        value = src_dict["sessions"]
        model_.sessions = _models.ConfigDataSessions.from_dict(value)
        value = src_dict["srt"]
        model_.srt = _models.ConfigDataSrt.from_dict(value)
        value = src_dict["storage"]
        model_.storage = _models.ConfigDataStorage.from_dict(value)
        value = src_dict["tls"]
        model_.tls = _models.ConfigDataTls.from_dict(value)
        model_.update_check = src_dict["update_check"]
        model_.version = src_dict["version"]
        value = get("cluster")
        model_.cluster = None if value is None else _models.ConfigDataCluster.from_dict(value)
        value = get("compress")
        model_.compress = None if value is None else _models.ConfigDataCompress.from_dict(value)
        value = get("resources")
        model_.resources = None if value is None else _models.ConfigDataResources.from_dict(value)
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
