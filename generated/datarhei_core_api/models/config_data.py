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
        "cluster",
        "compress",
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
        "resources",
        "router",
        "rtmp",
        "service",
        "sessions",
        "srt",
        "storage",
        "tls",
        "update_check",
        "version",
    }
)


def _without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


@_attrs_define
class ConfigData:
    """
    Attributes:
        address (str | None):
        api (ConfigDataApi | None):
        cluster (ConfigDataCluster | None):
        compress (ConfigDataCompress | None):
        created_at (str | None): When this config has been persisted
        db (ConfigDataDb | None):
        debug (ConfigDataDebug | None):
        ffmpeg (ConfigDataFfmpeg | None):
        host (ConfigDataHost | None):
        id (str | None):
        log (ConfigDataLog | None):
        metrics (ConfigDataMetrics | None):
        name (str | None):
        playout (ConfigDataPlayout | None):
        resources (ConfigDataResources | None):
        router (ConfigDataRouter | None):
        rtmp (ConfigDataRtmp | None):
        service (ConfigDataService | None):
        sessions (ConfigDataSessions | None):
        srt (ConfigDataSrt | None):
        storage (ConfigDataStorage | None):
        tls (ConfigDataTls | None):
        update_check (bool | None):
        version (int | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    api: ConfigDataApi | None = None
    cluster: ConfigDataCluster | None = None
    compress: ConfigDataCompress | None = None
    created_at: str | None = None
    db: ConfigDataDb | None = None
    debug: ConfigDataDebug | None = None
    ffmpeg: ConfigDataFfmpeg | None = None
    host: ConfigDataHost | None = None
    id: str | None = None
    log: ConfigDataLog | None = None
    metrics: ConfigDataMetrics | None = None
    name: str | None = None
    playout: ConfigDataPlayout | None = None
    resources: ConfigDataResources | None = None
    router: ConfigDataRouter | None = None
    rtmp: ConfigDataRtmp | None = None
    service: ConfigDataService | None = None
    sessions: ConfigDataSessions | None = None
    srt: ConfigDataSrt | None = None
    storage: ConfigDataStorage | None = None
    tls: ConfigDataTls | None = None
    update_check: bool | None = None
    version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        address = self.address
        if address is not None:
            field_dict["address"] = address
        api = self.api
        if api is not None:
            field_dict["api"] = api.to_dict()
        cluster = self.cluster
        if cluster is not None:
            field_dict["cluster"] = cluster.to_dict()
        compress = self.compress
        if compress is not None:
            field_dict["compress"] = compress.to_dict()
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        db = self.db
        if db is not None:
            field_dict["db"] = db.to_dict()
        debug = self.debug
        if debug is not None:
            field_dict["debug"] = debug.to_dict()
        ffmpeg = self.ffmpeg
        if ffmpeg is not None:
            field_dict["ffmpeg"] = ffmpeg.to_dict()
        host = self.host
        if host is not None:
            field_dict["host"] = host.to_dict()
        id = self.id
        if id is not None:
            field_dict["id"] = id
        log = self.log
        if log is not None:
            field_dict["log"] = log.to_dict()
        metrics = self.metrics
        if metrics is not None:
            field_dict["metrics"] = metrics.to_dict()
        name = self.name
        if name is not None:
            field_dict["name"] = name
        playout = self.playout
        if playout is not None:
            field_dict["playout"] = playout.to_dict()
        resources = self.resources
        if resources is not None:
            field_dict["resources"] = resources.to_dict()
        router = self.router
        if router is not None:
            field_dict["router"] = router.to_dict()
        rtmp = self.rtmp
        if rtmp is not None:
            field_dict["rtmp"] = rtmp.to_dict()
        service = self.service
        if service is not None:
            field_dict["service"] = service.to_dict()
        sessions = self.sessions
        if sessions is not None:
            field_dict["sessions"] = sessions.to_dict()
        srt = self.srt
        if srt is not None:
            field_dict["srt"] = srt.to_dict()
        storage = self.storage
        if storage is not None:
            field_dict["storage"] = storage.to_dict()
        tls = self.tls
        if tls is not None:
            field_dict["tls"] = tls.to_dict()
        update_check = self.update_check
        if update_check is not None:
            field_dict["update_check"] = update_check
        version = self.version
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address")
        value = get("api")
        model_.api = None if value is None else _models.ConfigDataApi.from_dict(value)
        value = get("cluster")
        model_.cluster = None if value is None else _models.ConfigDataCluster.from_dict(value)
        value = get("compress")
        model_.compress = None if value is None else _models.ConfigDataCompress.from_dict(value)
        model_.created_at = get("created_at")
        value = get("db")
        model_.db = None if value is None else _models.ConfigDataDb.from_dict(value)
        value = get("debug")
        model_.debug = None if value is None else _models.ConfigDataDebug.from_dict(value)
        value = get("ffmpeg")
        model_.ffmpeg = None if value is None else _models.ConfigDataFfmpeg.from_dict(value)
        value = get("host")
        model_.host = None if value is None else _models.ConfigDataHost.from_dict(value)
        model_.id = get("id")
        value = get("log")
        model_.log = None if value is None else _models.ConfigDataLog.from_dict(value)
        value = get("metrics")
        model_.metrics = None if value is None else _models.ConfigDataMetrics.from_dict(value)
        model_.name = get("name")
        value = get("playout")
        model_.playout = None if value is None else _models.ConfigDataPlayout.from_dict(value)
        value = get("resources")
        model_.resources = None if value is None else _models.ConfigDataResources.from_dict(value)
        value = get("router")
        model_.router = None if value is None else _models.ConfigDataRouter.from_dict(value)
        value = get("rtmp")
        model_.rtmp = None if value is None else _models.ConfigDataRtmp.from_dict(value)
        value = get("service")
        model_.service = None if value is None else _models.ConfigDataService.from_dict(value)
        value = get("sessions")
        model_.sessions = None if value is None else _models.ConfigDataSessions.from_dict(value)
        value = get("srt")
        model_.srt = None if value is None else _models.ConfigDataSrt.from_dict(value)
        value = get("storage")
        model_.storage = None if value is None else _models.ConfigDataStorage.from_dict(value)
        value = get("tls")
        model_.tls = None if value is None else _models.ConfigDataTls.from_dict(value)
        model_.update_check = get("update_check")
        model_.version = get("version")
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
