from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.set_config_api import SetConfigApi
    from ..models.set_config_cluster import SetConfigCluster
    from ..models.set_config_compress import SetConfigCompress
    from ..models.set_config_db import SetConfigDb
    from ..models.set_config_debug import SetConfigDebug
    from ..models.set_config_ffmpeg import SetConfigFfmpeg
    from ..models.set_config_host import SetConfigHost
    from ..models.set_config_log import SetConfigLog
    from ..models.set_config_metrics import SetConfigMetrics
    from ..models.set_config_playout import SetConfigPlayout
    from ..models.set_config_resources import SetConfigResources
    from ..models.set_config_router import SetConfigRouter
    from ..models.set_config_rtmp import SetConfigRtmp
    from ..models.set_config_service import SetConfigService
    from ..models.set_config_sessions import SetConfigSessions
    from ..models.set_config_srt import SetConfigSrt
    from ..models.set_config_storage import SetConfigStorage
    from ..models.set_config_tls import SetConfigTls


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
class SetConfig:
    """
    Attributes:
        address (str | None):
        api (SetConfigApi | None):
        cluster (SetConfigCluster | None):
        compress (SetConfigCompress | None):
        created_at (str | None): When this config has been persisted
        db (SetConfigDb | None):
        debug (SetConfigDebug | None):
        ffmpeg (SetConfigFfmpeg | None):
        host (SetConfigHost | None):
        id (str | None):
        log (SetConfigLog | None):
        metrics (SetConfigMetrics | None):
        name (str | None):
        playout (SetConfigPlayout | None):
        resources (SetConfigResources | None):
        router (SetConfigRouter | None):
        rtmp (SetConfigRtmp | None):
        service (SetConfigService | None):
        sessions (SetConfigSessions | None):
        srt (SetConfigSrt | None):
        storage (SetConfigStorage | None):
        tls (SetConfigTls | None):
        update_check (bool | None):
        version (int | None):
    """

    address: str | None = _attrs_field(default=None, repr=_without_userinfo)
    api: SetConfigApi | None = None
    cluster: SetConfigCluster | None = None
    compress: SetConfigCompress | None = None
    created_at: str | None = None
    db: SetConfigDb | None = None
    debug: SetConfigDebug | None = None
    ffmpeg: SetConfigFfmpeg | None = None
    host: SetConfigHost | None = None
    id: str | None = None
    log: SetConfigLog | None = None
    metrics: SetConfigMetrics | None = None
    name: str | None = None
    playout: SetConfigPlayout | None = None
    resources: SetConfigResources | None = None
    router: SetConfigRouter | None = None
    rtmp: SetConfigRtmp | None = None
    service: SetConfigService | None = None
    sessions: SetConfigSessions | None = None
    srt: SetConfigSrt | None = None
    storage: SetConfigStorage | None = None
    tls: SetConfigTls | None = None
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
        model_.api = None if value is None else _models.SetConfigApi.from_dict(value)
        value = get("cluster")
        model_.cluster = None if value is None else _models.SetConfigCluster.from_dict(value)
        value = get("compress")
        model_.compress = None if value is None else _models.SetConfigCompress.from_dict(value)
        model_.created_at = get("created_at")
        value = get("db")
        model_.db = None if value is None else _models.SetConfigDb.from_dict(value)
        value = get("debug")
        model_.debug = None if value is None else _models.SetConfigDebug.from_dict(value)
        value = get("ffmpeg")
        model_.ffmpeg = None if value is None else _models.SetConfigFfmpeg.from_dict(value)
        value = get("host")
        model_.host = None if value is None else _models.SetConfigHost.from_dict(value)
        model_.id = get("id")
        value = get("log")
        model_.log = None if value is None else _models.SetConfigLog.from_dict(value)
        value = get("metrics")
        model_.metrics = None if value is None else _models.SetConfigMetrics.from_dict(value)
        model_.name = get("name")
        value = get("playout")
        model_.playout = None if value is None else _models.SetConfigPlayout.from_dict(value)
        value = get("resources")
        model_.resources = None if value is None else _models.SetConfigResources.from_dict(value)
        value = get("router")
        model_.router = None if value is None else _models.SetConfigRouter.from_dict(value)
        value = get("rtmp")
        model_.rtmp = None if value is None else _models.SetConfigRtmp.from_dict(value)
        value = get("service")
        model_.service = None if value is None else _models.SetConfigService.from_dict(value)
        value = get("sessions")
        model_.sessions = None if value is None else _models.SetConfigSessions.from_dict(value)
        value = get("srt")
        model_.srt = None if value is None else _models.SetConfigSrt.from_dict(value)
        value = get("storage")
        model_.storage = None if value is None else _models.SetConfigStorage.from_dict(value)
        value = get("tls")
        model_.tls = None if value is None else _models.SetConfigTls.from_dict(value)
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
