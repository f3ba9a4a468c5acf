from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="ConfigData")


@_attrs_define
class ConfigData:
    """
    Attributes:
        address (str | Unset):
        api (ConfigDataApi | Unset):
        cluster (ConfigDataCluster | Unset):
        compress (ConfigDataCompress | Unset):
        created_at (str | Unset): When this config has been persisted
        db (ConfigDataDb | Unset):
        debug (ConfigDataDebug | Unset):
        ffmpeg (ConfigDataFfmpeg | Unset):
        host (ConfigDataHost | Unset):
        id (str | Unset):
        log (ConfigDataLog | Unset):
        metrics (ConfigDataMetrics | Unset):
        name (str | Unset):
        playout (ConfigDataPlayout | Unset):
        resources (ConfigDataResources | Unset):
        router (ConfigDataRouter | Unset):
        rtmp (ConfigDataRtmp | Unset):
        service (ConfigDataService | Unset):
        sessions (ConfigDataSessions | Unset):
        srt (ConfigDataSrt | Unset):
        storage (ConfigDataStorage | Unset):
        tls (ConfigDataTls | Unset):
        update_check (bool | Unset):
        version (int | Unset):
    """

    address: str | Unset = UNSET
    api: ConfigDataApi | Unset = UNSET
    cluster: ConfigDataCluster | Unset = UNSET
    compress: ConfigDataCompress | Unset = UNSET
    created_at: str | Unset = UNSET
    db: ConfigDataDb | Unset = UNSET
    debug: ConfigDataDebug | Unset = UNSET
    ffmpeg: ConfigDataFfmpeg | Unset = UNSET
    host: ConfigDataHost | Unset = UNSET
    id: str | Unset = UNSET
    log: ConfigDataLog | Unset = UNSET
    metrics: ConfigDataMetrics | Unset = UNSET
    name: str | Unset = UNSET
    playout: ConfigDataPlayout | Unset = UNSET
    resources: ConfigDataResources | Unset = UNSET
    router: ConfigDataRouter | Unset = UNSET
    rtmp: ConfigDataRtmp | Unset = UNSET
    service: ConfigDataService | Unset = UNSET
    sessions: ConfigDataSessions | Unset = UNSET
    srt: ConfigDataSrt | Unset = UNSET
    storage: ConfigDataStorage | Unset = UNSET
    tls: ConfigDataTls | Unset = UNSET
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
        from ..models.config_data_api import ConfigDataApi  # noqa: PLC0415
        from ..models.config_data_cluster import ConfigDataCluster  # noqa: PLC0415
        from ..models.config_data_compress import ConfigDataCompress  # noqa: PLC0415
        from ..models.config_data_db import ConfigDataDb  # noqa: PLC0415
        from ..models.config_data_debug import ConfigDataDebug  # noqa: PLC0415
        from ..models.config_data_ffmpeg import ConfigDataFfmpeg  # noqa: PLC0415
        from ..models.config_data_host import ConfigDataHost  # noqa: PLC0415
        from ..models.config_data_log import ConfigDataLog  # noqa: PLC0415
        from ..models.config_data_metrics import ConfigDataMetrics  # noqa: PLC0415
        from ..models.config_data_playout import ConfigDataPlayout  # noqa: PLC0415
        from ..models.config_data_resources import ConfigDataResources  # noqa: PLC0415
        from ..models.config_data_router import ConfigDataRouter  # noqa: PLC0415
        from ..models.config_data_rtmp import ConfigDataRtmp  # noqa: PLC0415
        from ..models.config_data_service import ConfigDataService  # noqa: PLC0415
        from ..models.config_data_sessions import ConfigDataSessions  # noqa: PLC0415
        from ..models.config_data_srt import ConfigDataSrt  # noqa: PLC0415
        from ..models.config_data_storage import ConfigDataStorage  # noqa: PLC0415
        from ..models.config_data_tls import ConfigDataTls  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address", UNSET)

        _api = d.pop("api", UNSET)
        api: ConfigDataApi | Unset
        if isinstance(_api, Unset):
            api = UNSET
        else:
            api = ConfigDataApi.from_dict(_api)

        _cluster = d.pop("cluster", UNSET)
        cluster: ConfigDataCluster | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = ConfigDataCluster.from_dict(_cluster)

        _compress = d.pop("compress", UNSET)
        compress: ConfigDataCompress | Unset
        if isinstance(_compress, Unset):
            compress = UNSET
        else:
            compress = ConfigDataCompress.from_dict(_compress)

        created_at = d.pop("created_at", UNSET)

        _db = d.pop("db", UNSET)
        db: ConfigDataDb | Unset
        if isinstance(_db, Unset):
            db = UNSET
        else:
            db = ConfigDataDb.from_dict(_db)

        _debug = d.pop("debug", UNSET)
        debug: ConfigDataDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ConfigDataDebug.from_dict(_debug)

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: ConfigDataFfmpeg | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = ConfigDataFfmpeg.from_dict(_ffmpeg)

        _host = d.pop("host", UNSET)
        host: ConfigDataHost | Unset
        if isinstance(_host, Unset):
            host = UNSET
        else:
            host = ConfigDataHost.from_dict(_host)

        id = d.pop("id", UNSET)

        _log = d.pop("log", UNSET)
        log: ConfigDataLog | Unset
        if isinstance(_log, Unset):
            log = UNSET
        else:
            log = ConfigDataLog.from_dict(_log)

        _metrics = d.pop("metrics", UNSET)
        metrics: ConfigDataMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ConfigDataMetrics.from_dict(_metrics)

        name = d.pop("name", UNSET)

        _playout = d.pop("playout", UNSET)
        playout: ConfigDataPlayout | Unset
        if isinstance(_playout, Unset):
            playout = UNSET
        else:
            playout = ConfigDataPlayout.from_dict(_playout)

        _resources = d.pop("resources", UNSET)
        resources: ConfigDataResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ConfigDataResources.from_dict(_resources)

        _router = d.pop("router", UNSET)
        router: ConfigDataRouter | Unset
        if isinstance(_router, Unset):
            router = UNSET
        else:
            router = ConfigDataRouter.from_dict(_router)

        _rtmp = d.pop("rtmp", UNSET)
        rtmp: ConfigDataRtmp | Unset
        if isinstance(_rtmp, Unset):
            rtmp = UNSET
        else:
            rtmp = ConfigDataRtmp.from_dict(_rtmp)

        _service = d.pop("service", UNSET)
        service: ConfigDataService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ConfigDataService.from_dict(_service)

        _sessions = d.pop("sessions", UNSET)
        sessions: ConfigDataSessions | Unset
        if isinstance(_sessions, Unset):
            sessions = UNSET
        else:
            sessions = ConfigDataSessions.from_dict(_sessions)

        _srt = d.pop("srt", UNSET)
        srt: ConfigDataSrt | Unset
        if isinstance(_srt, Unset):
            srt = UNSET
        else:
            srt = ConfigDataSrt.from_dict(_srt)

        _storage = d.pop("storage", UNSET)
        storage: ConfigDataStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = ConfigDataStorage.from_dict(_storage)

        _tls = d.pop("tls", UNSET)
        tls: ConfigDataTls | Unset
        if isinstance(_tls, Unset):
            tls = UNSET
        else:
            tls = ConfigDataTls.from_dict(_tls)

        update_check = d.pop("update_check", UNSET)

        version = d.pop("version", UNSET)

        config_data = cls(
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

        config_data.additional_properties = d
        return config_data

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
