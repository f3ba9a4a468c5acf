from __future__ import annotations

from .. import types as _types
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


class SetConfig(_types.Model):
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

    address: str | None = None
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
    _SHOWN = {
        "address": _types.without_userinfo,
    }
