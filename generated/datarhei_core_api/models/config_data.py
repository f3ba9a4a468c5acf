from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_CONVERT_API = _types.model_of("ConfigDataApi")
_CONVERT_CLUSTER = _types.model_of("ConfigDataCluster")
_CONVERT_COMPRESS = _types.model_of("ConfigDataCompress")
_CONVERT_DB = _types.model_of("ConfigDataDb")
_CONVERT_DEBUG = _types.model_of("ConfigDataDebug")
_CONVERT_FFMPEG = _types.model_of("ConfigDataFfmpeg")
_CONVERT_HOST = _types.model_of("ConfigDataHost")
_CONVERT_LOG = _types.model_of("ConfigDataLog")
_CONVERT_METRICS = _types.model_of("ConfigDataMetrics")
_CONVERT_PLAYOUT = _types.model_of("ConfigDataPlayout")
_CONVERT_RESOURCES = _types.model_of("ConfigDataResources")
_CONVERT_ROUTER = _types.model_of("ConfigDataRouter")
_CONVERT_RTMP = _types.model_of("ConfigDataRtmp")
_CONVERT_SERVICE = _types.model_of("ConfigDataService")
_CONVERT_SESSIONS = _types.model_of("ConfigDataSessions")
_CONVERT_SRT = _types.model_of("ConfigDataSrt")
_CONVERT_STORAGE = _types.model_of("ConfigDataStorage")
_CONVERT_TLS = _types.model_of("ConfigDataTls")


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

        value = get("api")
        if value is None:
            if "api" in src_dict:
                _types.absent(src_dict, "api", False, False, strict, _KNOWN_KEYS)
            model_.api = None
        elif value.__class__ is dict:
            try:
                model_.api = _models.ConfigDataApi._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("api", src_dict) from None
        else:
            model_.api = _types.fit(
                _CONVERT_API, src_dict, "api", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("cluster")
        if value is None:
            if "cluster" in src_dict:
                _types.absent(src_dict, "cluster", False, False, strict, _KNOWN_KEYS)
            model_.cluster = None
        elif value.__class__ is dict:
            try:
                model_.cluster = _models.ConfigDataCluster._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("cluster", src_dict) from None
        else:
            model_.cluster = _types.fit(
                _CONVERT_CLUSTER, src_dict, "cluster", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("compress")
        if value is None:
            if "compress" in src_dict:
                _types.absent(src_dict, "compress", False, False, strict, _KNOWN_KEYS)
            model_.compress = None
        elif value.__class__ is dict:
            try:
                model_.compress = _models.ConfigDataCompress._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("compress", src_dict) from None
        else:
            model_.compress = _types.fit(
                _CONVERT_COMPRESS, src_dict, "compress", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("created_at")
        if value is None:
            if "created_at" in src_dict:
                _types.absent(src_dict, "created_at", False, False, strict, _KNOWN_KEYS)
            model_.created_at = None
        elif value.__class__ is str:
            model_.created_at = value
        else:
            model_.created_at = _types.fit(
                _types.STRING, src_dict, "created_at", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("db")
        if value is None:
            if "db" in src_dict:
                _types.absent(src_dict, "db", False, False, strict, _KNOWN_KEYS)
            model_.db = None
        elif value.__class__ is dict:
            try:
                model_.db = _models.ConfigDataDb._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("db", src_dict) from None
        else:
            model_.db = _types.fit(
                _CONVERT_DB, src_dict, "db", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("debug")
        if value is None:
            if "debug" in src_dict:
                _types.absent(src_dict, "debug", False, False, strict, _KNOWN_KEYS)
            model_.debug = None
        elif value.__class__ is dict:
            try:
                model_.debug = _models.ConfigDataDebug._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("debug", src_dict) from None
        else:
            model_.debug = _types.fit(
                _CONVERT_DEBUG, src_dict, "debug", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("ffmpeg")
        if value is None:
            if "ffmpeg" in src_dict:
                _types.absent(src_dict, "ffmpeg", False, False, strict, _KNOWN_KEYS)
            model_.ffmpeg = None
        elif value.__class__ is dict:
            try:
                model_.ffmpeg = _models.ConfigDataFfmpeg._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("ffmpeg", src_dict) from None
        else:
            model_.ffmpeg = _types.fit(
                _CONVERT_FFMPEG, src_dict, "ffmpeg", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("host")
        if value is None:
            if "host" in src_dict:
                _types.absent(src_dict, "host", False, False, strict, _KNOWN_KEYS)
            model_.host = None
        elif value.__class__ is dict:
            try:
                model_.host = _models.ConfigDataHost._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("host", src_dict) from None
        else:
            model_.host = _types.fit(
                _CONVERT_HOST, src_dict, "host", value, False, False, strict, _KNOWN_KEYS
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

        value = get("log")
        if value is None:
            if "log" in src_dict:
                _types.absent(src_dict, "log", False, False, strict, _KNOWN_KEYS)
            model_.log = None
        elif value.__class__ is dict:
            try:
                model_.log = _models.ConfigDataLog._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("log", src_dict) from None
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("metrics")
        if value is None:
            if "metrics" in src_dict:
                _types.absent(src_dict, "metrics", False, False, strict, _KNOWN_KEYS)
            model_.metrics = None
        elif value.__class__ is dict:
            try:
                model_.metrics = _models.ConfigDataMetrics._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("metrics", src_dict) from None
        else:
            model_.metrics = _types.fit(
                _CONVERT_METRICS, src_dict, "metrics", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("playout")
        if value is None:
            if "playout" in src_dict:
                _types.absent(src_dict, "playout", False, False, strict, _KNOWN_KEYS)
            model_.playout = None
        elif value.__class__ is dict:
            try:
                model_.playout = _models.ConfigDataPlayout._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("playout", src_dict) from None
        else:
            model_.playout = _types.fit(
                _CONVERT_PLAYOUT, src_dict, "playout", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("resources")
        if value is None:
            if "resources" in src_dict:
                _types.absent(src_dict, "resources", False, False, strict, _KNOWN_KEYS)
            model_.resources = None
        elif value.__class__ is dict:
            try:
                model_.resources = _models.ConfigDataResources._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("resources", src_dict) from None
        else:
            model_.resources = _types.fit(
                _CONVERT_RESOURCES, src_dict, "resources", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("router")
        if value is None:
            if "router" in src_dict:
                _types.absent(src_dict, "router", False, False, strict, _KNOWN_KEYS)
            model_.router = None
        elif value.__class__ is dict:
            try:
                model_.router = _models.ConfigDataRouter._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("router", src_dict) from None
        else:
            model_.router = _types.fit(
                _CONVERT_ROUTER, src_dict, "router", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("rtmp")
        if value is None:
            if "rtmp" in src_dict:
                _types.absent(src_dict, "rtmp", False, False, strict, _KNOWN_KEYS)
            model_.rtmp = None
        elif value.__class__ is dict:
            try:
                model_.rtmp = _models.ConfigDataRtmp._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("rtmp", src_dict) from None
        else:
            model_.rtmp = _types.fit(
                _CONVERT_RTMP, src_dict, "rtmp", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("service")
        if value is None:
            if "service" in src_dict:
                _types.absent(src_dict, "service", False, False, strict, _KNOWN_KEYS)
            model_.service = None
        elif value.__class__ is dict:
            try:
                model_.service = _models.ConfigDataService._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("service", src_dict) from None
        else:
            model_.service = _types.fit(
                _CONVERT_SERVICE, src_dict, "service", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sessions")
        if value is None:
            if "sessions" in src_dict:
                _types.absent(src_dict, "sessions", False, False, strict, _KNOWN_KEYS)
            model_.sessions = None
        elif value.__class__ is dict:
            try:
                model_.sessions = _models.ConfigDataSessions._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("sessions", src_dict) from None
        else:
            model_.sessions = _types.fit(
                _CONVERT_SESSIONS, src_dict, "sessions", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("srt")
        if value is None:
            if "srt" in src_dict:
                _types.absent(src_dict, "srt", False, False, strict, _KNOWN_KEYS)
            model_.srt = None
        elif value.__class__ is dict:
            try:
                model_.srt = _models.ConfigDataSrt._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("srt", src_dict) from None
        else:
            model_.srt = _types.fit(
                _CONVERT_SRT, src_dict, "srt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("storage")
        if value is None:
            if "storage" in src_dict:
                _types.absent(src_dict, "storage", False, False, strict, _KNOWN_KEYS)
            model_.storage = None
        elif value.__class__ is dict:
            try:
                model_.storage = _models.ConfigDataStorage._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("storage", src_dict) from None
        else:
            model_.storage = _types.fit(
                _CONVERT_STORAGE, src_dict, "storage", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("tls")
        if value is None:
            if "tls" in src_dict:
                _types.absent(src_dict, "tls", False, False, strict, _KNOWN_KEYS)
            model_.tls = None
        elif value.__class__ is dict:
            try:
                model_.tls = _models.ConfigDataTls._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("tls", src_dict) from None
        else:
            model_.tls = _types.fit(
                _CONVERT_TLS, src_dict, "tls", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("update_check")
        if value is None:
            if "update_check" in src_dict:
                _types.absent(src_dict, "update_check", False, False, strict, _KNOWN_KEYS)
            model_.update_check = None
        elif value.__class__ is bool:
            model_.update_check = value
        else:
            model_.update_check = _types.fit(
                _types.BOOLEAN, src_dict, "update_check", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("version")
        if value is None:
            if "version" in src_dict:
                _types.absent(src_dict, "version", False, False, strict, _KNOWN_KEYS)
            model_.version = None
        elif value.__class__ is int:
            model_.version = value
        else:
            model_.version = _types.fit(
                _types.INTEGER, src_dict, "version", value, False, False, strict, _KNOWN_KEYS
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
