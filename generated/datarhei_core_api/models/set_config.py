from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.set_config_api import SetConfigApi  # noqa: PLC0415
        from ..models.set_config_cluster import SetConfigCluster  # noqa: PLC0415
        from ..models.set_config_compress import SetConfigCompress  # noqa: PLC0415
        from ..models.set_config_db import SetConfigDb  # noqa: PLC0415
        from ..models.set_config_debug import SetConfigDebug  # noqa: PLC0415
        from ..models.set_config_ffmpeg import SetConfigFfmpeg  # noqa: PLC0415
        from ..models.set_config_host import SetConfigHost  # noqa: PLC0415
        from ..models.set_config_log import SetConfigLog  # noqa: PLC0415
        from ..models.set_config_metrics import SetConfigMetrics  # noqa: PLC0415
        from ..models.set_config_playout import SetConfigPlayout  # noqa: PLC0415
        from ..models.set_config_resources import SetConfigResources  # noqa: PLC0415
        from ..models.set_config_router import SetConfigRouter  # noqa: PLC0415
        from ..models.set_config_rtmp import SetConfigRtmp  # noqa: PLC0415
        from ..models.set_config_service import SetConfigService  # noqa: PLC0415
        from ..models.set_config_sessions import SetConfigSessions  # noqa: PLC0415
        from ..models.set_config_srt import SetConfigSrt  # noqa: PLC0415
        from ..models.set_config_storage import SetConfigStorage  # noqa: PLC0415
        from ..models.set_config_tls import SetConfigTls  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address", UNSET)

        _api = d.pop("api", UNSET)
        api: SetConfigApi | Unset
        if isinstance(_api, Unset):
            api = UNSET
        else:
            api = SetConfigApi.from_dict(_api)

        _cluster = d.pop("cluster", UNSET)
        cluster: SetConfigCluster | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = SetConfigCluster.from_dict(_cluster)

        _compress = d.pop("compress", UNSET)
        compress: SetConfigCompress | Unset
        if isinstance(_compress, Unset):
            compress = UNSET
        else:
            compress = SetConfigCompress.from_dict(_compress)

        created_at = d.pop("created_at", UNSET)

        _db = d.pop("db", UNSET)
        db: SetConfigDb | Unset
        if isinstance(_db, Unset):
            db = UNSET
        else:
            db = SetConfigDb.from_dict(_db)

        _debug = d.pop("debug", UNSET)
        debug: SetConfigDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = SetConfigDebug.from_dict(_debug)

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: SetConfigFfmpeg | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = SetConfigFfmpeg.from_dict(_ffmpeg)

        _host = d.pop("host", UNSET)
        host: SetConfigHost | Unset
        if isinstance(_host, Unset):
            host = UNSET
        else:
            host = SetConfigHost.from_dict(_host)

        id = d.pop("id", UNSET)

        _log = d.pop("log", UNSET)
        log: SetConfigLog | Unset
        if isinstance(_log, Unset):
            log = UNSET
        else:
            log = SetConfigLog.from_dict(_log)

        _metrics = d.pop("metrics", UNSET)
        metrics: SetConfigMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = SetConfigMetrics.from_dict(_metrics)

        name = d.pop("name", UNSET)

        _playout = d.pop("playout", UNSET)
        playout: SetConfigPlayout | Unset
        if isinstance(_playout, Unset):
            playout = UNSET
        else:
            playout = SetConfigPlayout.from_dict(_playout)

        _resources = d.pop("resources", UNSET)
        resources: SetConfigResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = SetConfigResources.from_dict(_resources)

        _router = d.pop("router", UNSET)
        router: SetConfigRouter | Unset
        if isinstance(_router, Unset):
            router = UNSET
        else:
            router = SetConfigRouter.from_dict(_router)

        _rtmp = d.pop("rtmp", UNSET)
        rtmp: SetConfigRtmp | Unset
        if isinstance(_rtmp, Unset):
            rtmp = UNSET
        else:
            rtmp = SetConfigRtmp.from_dict(_rtmp)

        _service = d.pop("service", UNSET)
        service: SetConfigService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = SetConfigService.from_dict(_service)

        _sessions = d.pop("sessions", UNSET)
        sessions: SetConfigSessions | Unset
        if isinstance(_sessions, Unset):
            sessions = UNSET
        else:
            sessions = SetConfigSessions.from_dict(_sessions)

        _srt = d.pop("srt", UNSET)
        srt: SetConfigSrt | Unset
        if isinstance(_srt, Unset):
            srt = UNSET
        else:
            srt = SetConfigSrt.from_dict(_srt)

        _storage = d.pop("storage", UNSET)
        storage: SetConfigStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = SetConfigStorage.from_dict(_storage)

        _tls = d.pop("tls", UNSET)
        tls: SetConfigTls | Unset
        if isinstance(_tls, Unset):
            tls = UNSET
        else:
            tls = SetConfigTls.from_dict(_tls)

        update_check = d.pop("update_check", UNSET)

        version = d.pop("version", UNSET)

        set_config = cls(
            address=address,
            api=api,
            cluster=cluster,
            compress=compress,
            created_at=created_at,
            db=db,
            debug=debug,
            ffmpeg=ffmpeg,
            host=host,
            id=id,
            log=log,
            metrics=metrics,
            name=name,
            playout=playout,
            resources=resources,
            router=router,
            rtmp=rtmp,
            service=service,
            sessions=sessions,
            srt=srt,
            storage=storage,
            tls=tls,
            update_check=update_check,
            version=version,
        )

        set_config.additional_properties = d
        return set_config

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
