from __future__ import annotations

from .. import types as _types
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


class ConfigData(_types.Model):
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

    address: str | None = None
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
    _SHOWN = {
        "address": _types.without_userinfo,
    }
