from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="SetConfig")

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


@_attrs_define
class SetConfig:
    """
    Attributes:
        address (str | Unset):
        api (SetConfigApi | Unset):
        cluster (SetConfigCluster | Unset):
        compress (SetConfigCompress | Unset):
        created_at (str | Unset): When this config has been persisted
        db (SetConfigDb | Unset):
        debug (SetConfigDebug | Unset):
        ffmpeg (SetConfigFfmpeg | Unset):
        host (SetConfigHost | Unset):
        id (str | Unset):
        log (SetConfigLog | Unset):
        metrics (SetConfigMetrics | Unset):
        name (str | Unset):
        playout (SetConfigPlayout | Unset):
        resources (SetConfigResources | Unset):
        router (SetConfigRouter | Unset):
        rtmp (SetConfigRtmp | Unset):
        service (SetConfigService | Unset):
        sessions (SetConfigSessions | Unset):
        srt (SetConfigSrt | Unset):
        storage (SetConfigStorage | Unset):
        tls (SetConfigTls | Unset):
        update_check (bool | Unset):
        version (int | Unset):
    """

    address: str | Unset = UNSET
    api: SetConfigApi | Unset = UNSET
    cluster: SetConfigCluster | Unset = UNSET
    compress: SetConfigCompress | Unset = UNSET
    created_at: str | Unset = UNSET
    db: SetConfigDb | Unset = UNSET
    debug: SetConfigDebug | Unset = UNSET
    ffmpeg: SetConfigFfmpeg | Unset = UNSET
    host: SetConfigHost | Unset = UNSET
    id: str | Unset = UNSET
    log: SetConfigLog | Unset = UNSET
    metrics: SetConfigMetrics | Unset = UNSET
    name: str | Unset = UNSET
    playout: SetConfigPlayout | Unset = UNSET
    resources: SetConfigResources | Unset = UNSET
    router: SetConfigRouter | Unset = UNSET
    rtmp: SetConfigRtmp | Unset = UNSET
    service: SetConfigService | Unset = UNSET
    sessions: SetConfigSessions | Unset = UNSET
    srt: SetConfigSrt | Unset = UNSET
    storage: SetConfigStorage | Unset = UNSET
    tls: SetConfigTls | Unset = UNSET
    update_check: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.to_dict()

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        compress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compress, Unset):
            compress = self.compress.to_dict()

        created_at = self.created_at

        db: dict[str, Any] | Unset = UNSET
        if not isinstance(self.db, Unset):
            db = self.db.to_dict()

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        ffmpeg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ffmpeg, Unset):
            ffmpeg = self.ffmpeg.to_dict()

        host: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host.to_dict()

        id = self.id

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        name = self.name

        playout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.playout, Unset):
            playout = self.playout.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        router: dict[str, Any] | Unset = UNSET
        if not isinstance(self.router, Unset):
            router = self.router.to_dict()

        rtmp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp, Unset):
            rtmp = self.rtmp.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        sessions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = self.sessions.to_dict()

        srt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.srt, Unset):
            srt = self.srt.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        tls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tls, Unset):
            tls = self.tls.to_dict()

        update_check = self.update_check

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if api is not UNSET:
            field_dict["api"] = api
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if compress is not UNSET:
            field_dict["compress"] = compress
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if db is not UNSET:
            field_dict["db"] = db
        if debug is not UNSET:
            field_dict["debug"] = debug
        if ffmpeg is not UNSET:
            field_dict["ffmpeg"] = ffmpeg
        if host is not UNSET:
            field_dict["host"] = host
        if id is not UNSET:
            field_dict["id"] = id
        if log is not UNSET:
            field_dict["log"] = log
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if playout is not UNSET:
            field_dict["playout"] = playout
        if resources is not UNSET:
            field_dict["resources"] = resources
        if router is not UNSET:
            field_dict["router"] = router
        if rtmp is not UNSET:
            field_dict["rtmp"] = rtmp
        if service is not UNSET:
            field_dict["service"] = service
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if srt is not UNSET:
            field_dict["srt"] = srt
        if storage is not UNSET:
            field_dict["storage"] = storage
        if tls is not UNSET:
            field_dict["tls"] = tls
        if update_check is not UNSET:
            field_dict["update_check"] = update_check
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.address = get("address", UNSET)
        value = get("api", UNSET)
        model_.api = value if value is UNSET else _models.SetConfigApi.from_dict(value)
        value = get("cluster", UNSET)
        model_.cluster = value if value is UNSET else _models.SetConfigCluster.from_dict(value)
        value = get("compress", UNSET)
        model_.compress = value if value is UNSET else _models.SetConfigCompress.from_dict(value)
        model_.created_at = get("created_at", UNSET)
        value = get("db", UNSET)
        model_.db = value if value is UNSET else _models.SetConfigDb.from_dict(value)
        value = get("debug", UNSET)
        model_.debug = value if value is UNSET else _models.SetConfigDebug.from_dict(value)
        value = get("ffmpeg", UNSET)
        model_.ffmpeg = value if value is UNSET else _models.SetConfigFfmpeg.from_dict(value)
        value = get("host", UNSET)
        model_.host = value if value is UNSET else _models.SetConfigHost.from_dict(value)
        model_.id = get("id", UNSET)
        value = get("log", UNSET)
        model_.log = value if value is UNSET else _models.SetConfigLog.from_dict(value)
        value = get("metrics", UNSET)
        model_.metrics = value if value is UNSET else _models.SetConfigMetrics.from_dict(value)
        model_.name = get("name", UNSET)
        value = get("playout", UNSET)
        model_.playout = value if value is UNSET else _models.SetConfigPlayout.from_dict(value)
        value = get("resources", UNSET)
        model_.resources = value if value is UNSET else _models.SetConfigResources.from_dict(value)
        value = get("router", UNSET)
        model_.router = value if value is UNSET else _models.SetConfigRouter.from_dict(value)
        value = get("rtmp", UNSET)
        model_.rtmp = value if value is UNSET else _models.SetConfigRtmp.from_dict(value)
        value = get("service", UNSET)
        model_.service = value if value is UNSET else _models.SetConfigService.from_dict(value)
        value = get("sessions", UNSET)
        model_.sessions = value if value is UNSET else _models.SetConfigSessions.from_dict(value)
        value = get("srt", UNSET)
        model_.srt = value if value is UNSET else _models.SetConfigSrt.from_dict(value)
        value = get("storage", UNSET)
        model_.storage = value if value is UNSET else _models.SetConfigStorage.from_dict(value)
        value = get("tls", UNSET)
        model_.tls = value if value is UNSET else _models.SetConfigTls.from_dict(value)
        model_.update_check = get("update_check", UNSET)
        model_.version = get("version", UNSET)
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
