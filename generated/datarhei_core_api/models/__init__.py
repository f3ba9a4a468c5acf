"""All data models used in inputs/outputs, imported on first use.

Importing one endpoint module must not import every model: a model module is imported the first
time its name is looked up here (and then cached in this module's namespace), while type
checkers and IDEs see every model through the TYPE_CHECKING imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .a_vstream import AVstream
    from .a_vstream_io import AVstreamIO
    from .a_vstream_io_state import AVstreamIOState
    from .about import About
    from .about_gpu_resources import AboutGPUResources
    from .about_resources import AboutResources
    from .about_version import AboutVersion
    from .auth_0_tenant import Auth0Tenant
    from .cluster_about import ClusterAbout
    from .cluster_about_leader import ClusterAboutLeader
    from .cluster_deployments import ClusterDeployments
    from .cluster_deployments_process import ClusterDeploymentsProcess
    from .cluster_deployments_process_action import ClusterDeploymentsProcessAction
    from .cluster_kvs import ClusterKVS
    from .cluster_kvs_value import ClusterKVSValue
    from .cluster_lock import ClusterLock
    from .cluster_node import ClusterNode
    from .cluster_node_core import ClusterNodeCore
    from .cluster_node_files import ClusterNodeFiles
    from .cluster_node_files_files import ClusterNodeFilesFiles
    from .cluster_node_gpu_resources import ClusterNodeGPUResources
    from .cluster_node_id import ClusterNodeID
    from .cluster_node_resources import ClusterNodeResources
    from .cluster_node_state import ClusterNodeState
    from .cluster_node_state_state import ClusterNodeStateState
    from .cluster_process_map import ClusterProcessMap
    from .cluster_process_reallocate import ClusterProcessReallocate
    from .cluster_process_relocate_map import ClusterProcessRelocateMap
    from .cluster_raft import ClusterRaft
    from .cluster_store_node import ClusterStoreNode
    from .command import Command
    from .command_command import CommandCommand
    from .config_data import ConfigData
    from .config_data_api import ConfigDataApi
    from .config_data_api_access import ConfigDataApiAccess
    from .config_data_api_access_http import ConfigDataApiAccessHttp
    from .config_data_api_access_https import ConfigDataApiAccessHttps
    from .config_data_api_auth import ConfigDataApiAuth
    from .config_data_api_auth_auth_0 import ConfigDataApiAuthAuth0
    from .config_data_api_auth_jwt import ConfigDataApiAuthJwt
    from .config_data_cluster import ConfigDataCluster
    from .config_data_cluster_debug import ConfigDataClusterDebug
    from .config_data_compress import ConfigDataCompress
    from .config_data_db import ConfigDataDb
    from .config_data_debug import ConfigDataDebug
    from .config_data_ffmpeg import ConfigDataFfmpeg
    from .config_data_ffmpeg_access import ConfigDataFfmpegAccess
    from .config_data_ffmpeg_access_input import ConfigDataFfmpegAccessInput
    from .config_data_ffmpeg_access_output import ConfigDataFfmpegAccessOutput
    from .config_data_ffmpeg_log import ConfigDataFfmpegLog
    from .config_data_host import ConfigDataHost
    from .config_data_log import ConfigDataLog
    from .config_data_log_level import ConfigDataLogLevel
    from .config_data_metrics import ConfigDataMetrics
    from .config_data_playout import ConfigDataPlayout
    from .config_data_resources import ConfigDataResources
    from .config_data_router import ConfigDataRouter
    from .config_data_router_routes import ConfigDataRouterRoutes
    from .config_data_rtmp import ConfigDataRtmp
    from .config_data_rtmp_httpflv import ConfigDataRtmpHttpflv
    from .config_data_service import ConfigDataService
    from .config_data_sessions import ConfigDataSessions
    from .config_data_srt import ConfigDataSrt
    from .config_data_srt_log import ConfigDataSrtLog
    from .config_data_storage import ConfigDataStorage
    from .config_data_storage_cors import ConfigDataStorageCors
    from .config_data_storage_disk import ConfigDataStorageDisk
    from .config_data_storage_disk_cache import ConfigDataStorageDiskCache
    from .config_data_storage_disk_cache_types import ConfigDataStorageDiskCacheTypes
    from .config_data_storage_memory import ConfigDataStorageMemory
    from .config_data_storage_memory_auth import ConfigDataStorageMemoryAuth
    from .config_data_storage_memory_backup import ConfigDataStorageMemoryBackup
    from .config_data_storage_mimetypes import ConfigDataStorageMimetypes
    from .config_data_tls import ConfigDataTls
    from .config_error import ConfigError
    from .error import Error
    from .file_info import FileInfo
    from .filesystem_info import FilesystemInfo
    from .filesystem_operation import FilesystemOperation
    from .filesystem_operation_operation import FilesystemOperationOperation
    from .get_config import GetConfig
    from .graph_element import GraphElement
    from .graph_mapping import GraphMapping
    from .graph_query import GraphQuery
    from .graph_response import GraphResponse
    from .iam_auth_0_tenant import IAMAuth0Tenant
    from .iam_policy import IAMPolicy
    from .iam_user import IAMUser
    from .iam_user_auth import IAMUserAuth
    from .iam_user_auth_api import IAMUserAuthAPI
    from .iam_user_auth_api_auth_0 import IAMUserAuthAPIAuth0
    from .iam_user_auth_services import IAMUserAuthServices
    from .jwt import JWT
    from .jwt_refresh import JWTRefresh
    from .log_entries import LogEntries
    from .log_event import LogEvent
    from .log_event_data import LogEventData
    from .log_event_filter import LogEventFilter
    from .log_event_filter_data import LogEventFilterData
    from .log_event_filters import LogEventFilters
    from .login import Login
    from .media_event import MediaEvent
    from .metrics_description import MetricsDescription
    from .metrics_query import MetricsQuery
    from .metrics_query_metric import MetricsQueryMetric
    from .metrics_query_metric_labels import MetricsQueryMetricLabels
    from .metrics_response import MetricsResponse
    from .metrics_response_metric import MetricsResponseMetric
    from .metrics_response_metric_labels import MetricsResponseMetricLabels
    from .playout_status import PlayoutStatus
    from .playout_status_io import PlayoutStatusIO
    from .playout_status_io_state import PlayoutStatusIOState
    from .playout_status_swap import PlayoutStatusSwap
    from .probe import Probe
    from .probe_io import ProbeIO
    from .process import Process
    from .process_config import ProcessConfig
    from .process_config_io import ProcessConfigIO
    from .process_config_io_cleanup import ProcessConfigIOCleanup
    from .process_config_limits import ProcessConfigLimits
    from .process_config_metadata import ProcessConfigMetadata
    from .process_config_type import ProcessConfigType
    from .process_event import ProcessEvent
    from .process_event_filter import ProcessEventFilter
    from .process_event_filters import ProcessEventFilters
    from .process_id import ProcessID
    from .process_progress import ProcessProgress
    from .process_progress_input import ProcessProgressInput
    from .process_progress_input_a_vstream import ProcessProgressInputAVstream
    from .process_progress_output import ProcessProgressOutput
    from .process_report import ProcessReport
    from .process_report_history_entry import ProcessReportHistoryEntry
    from .process_report_history_entry_lines import ProcessReportHistoryEntryLines
    from .process_report_lines import ProcessReportLines
    from .process_report_search_result import ProcessReportSearchResult
    from .process_state import ProcessState
    from .process_usage import ProcessUsage
    from .process_usage_cpu import ProcessUsageCPU
    from .process_usage_gpu import ProcessUsageGPU
    from .process_usage_gpu_memory import ProcessUsageGPUMemory
    from .process_usage_gpu_usage import ProcessUsageGPUUsage
    from .process_usage_memory import ProcessUsageMemory
    from .progress import Progress
    from .progress_io import ProgressIO
    from .progress_io_framerate import ProgressIOFramerate
    from .progress_io_tee import ProgressIOTee
    from .raw_log_entry import RawLogEntry
    from .rtmp_channel import RTMPChannel
    from .s3_storage import S3Storage
    from .s3_storage_auth import S3StorageAuth
    from .session import Session
    from .session_extra import SessionExtra
    from .session_peers import SessionPeers
    from .session_peers_local import SessionPeersLocal
    from .session_stats import SessionStats
    from .session_summary import SessionSummary
    from .session_summary_active import SessionSummaryActive
    from .session_summary_summary import SessionSummarySummary
    from .session_summary_summary_local import SessionSummarySummaryLocal
    from .session_summary_summary_reference import SessionSummarySummaryReference
    from .session_summary_summary_remote import SessionSummarySummaryRemote
    from .session_token_request import SessionTokenRequest
    from .session_token_request_extra import SessionTokenRequestExtra
    from .sessions_active import SessionsActive
    from .sessions_summary import SessionsSummary
    from .set_config import SetConfig
    from .set_config_api import SetConfigApi
    from .set_config_api_access import SetConfigApiAccess
    from .set_config_api_access_http import SetConfigApiAccessHttp
    from .set_config_api_access_https import SetConfigApiAccessHttps
    from .set_config_api_auth import SetConfigApiAuth
    from .set_config_api_auth_auth_0 import SetConfigApiAuthAuth0
    from .set_config_api_auth_jwt import SetConfigApiAuthJwt
    from .set_config_cluster import SetConfigCluster
    from .set_config_cluster_debug import SetConfigClusterDebug
    from .set_config_compress import SetConfigCompress
    from .set_config_db import SetConfigDb
    from .set_config_debug import SetConfigDebug
    from .set_config_ffmpeg import SetConfigFfmpeg
    from .set_config_ffmpeg_access import SetConfigFfmpegAccess
    from .set_config_ffmpeg_access_input import SetConfigFfmpegAccessInput
    from .set_config_ffmpeg_access_output import SetConfigFfmpegAccessOutput
    from .set_config_ffmpeg_log import SetConfigFfmpegLog
    from .set_config_host import SetConfigHost
    from .set_config_log import SetConfigLog
    from .set_config_log_level import SetConfigLogLevel
    from .set_config_metrics import SetConfigMetrics
    from .set_config_playout import SetConfigPlayout
    from .set_config_resources import SetConfigResources
    from .set_config_router import SetConfigRouter
    from .set_config_router_routes import SetConfigRouterRoutes
    from .set_config_rtmp import SetConfigRtmp
    from .set_config_rtmp_httpflv import SetConfigRtmpHttpflv
    from .set_config_service import SetConfigService
    from .set_config_sessions import SetConfigSessions
    from .set_config_srt import SetConfigSrt
    from .set_config_srt_log import SetConfigSrtLog
    from .set_config_storage import SetConfigStorage
    from .set_config_storage_cors import SetConfigStorageCors
    from .set_config_storage_disk import SetConfigStorageDisk
    from .set_config_storage_disk_cache import SetConfigStorageDiskCache
    from .set_config_storage_disk_cache_types import SetConfigStorageDiskCacheTypes
    from .set_config_storage_memory import SetConfigStorageMemory
    from .set_config_storage_memory_auth import SetConfigStorageMemoryAuth
    from .set_config_storage_memory_backup import SetConfigStorageMemoryBackup
    from .set_config_storage_mimetypes import SetConfigStorageMimetypes
    from .set_config_tls import SetConfigTls
    from .skills import Skills
    from .skills_codec import SkillsCodec
    from .skills_codecs import SkillsCodecs
    from .skills_device import SkillsDevice
    from .skills_devices import SkillsDevices
    from .skills_ffmpeg import SkillsFfmpeg
    from .skills_filter import SkillsFilter
    from .skills_format import SkillsFormat
    from .skills_formats import SkillsFormats
    from .skills_hw_accel import SkillsHWAccel
    from .skills_hw_device import SkillsHWDevice
    from .skills_library import SkillsLibrary
    from .skills_protocol import SkillsProtocol
    from .skills_protocols import SkillsProtocols
    from .srt_channel import SRTChannel
    from .srt_channel_connections import SRTChannelConnections
    from .srt_channel_log import SRTChannelLog
    from .srt_channels import SRTChannels
    from .srt_channels_connections import SRTChannelsConnections
    from .srt_channels_log import SRTChannelsLog
    from .srt_channels_publisher import SRTChannelsPublisher
    from .srt_channels_subscriber import SRTChannelsSubscriber
    from .srt_connection import SRTConnection
    from .srt_connection_log import SRTConnectionLog
    from .srt_log import SRTLog
    from .srt_statistics import SRTStatistics
    from .stream_mapping import StreamMapping
    from .widget_process import WidgetProcess

_MODULE_OF: dict[str, str] = {
    "AVstream": ".a_vstream",
    "AVstreamIO": ".a_vstream_io",
    "AVstreamIOState": ".a_vstream_io_state",
    "About": ".about",
    "AboutGPUResources": ".about_gpu_resources",
    "AboutResources": ".about_resources",
    "AboutVersion": ".about_version",
    "Auth0Tenant": ".auth_0_tenant",
    "ClusterAbout": ".cluster_about",
    "ClusterAboutLeader": ".cluster_about_leader",
    "ClusterDeployments": ".cluster_deployments",
    "ClusterDeploymentsProcess": ".cluster_deployments_process",
    "ClusterDeploymentsProcessAction": ".cluster_deployments_process_action",
    "ClusterKVS": ".cluster_kvs",
    "ClusterKVSValue": ".cluster_kvs_value",
    "ClusterLock": ".cluster_lock",
    "ClusterNode": ".cluster_node",
    "ClusterNodeCore": ".cluster_node_core",
    "ClusterNodeFiles": ".cluster_node_files",
    "ClusterNodeFilesFiles": ".cluster_node_files_files",
    "ClusterNodeGPUResources": ".cluster_node_gpu_resources",
    "ClusterNodeID": ".cluster_node_id",
    "ClusterNodeResources": ".cluster_node_resources",
    "ClusterNodeState": ".cluster_node_state",
    "ClusterNodeStateState": ".cluster_node_state_state",
    "ClusterProcessMap": ".cluster_process_map",
    "ClusterProcessReallocate": ".cluster_process_reallocate",
    "ClusterProcessRelocateMap": ".cluster_process_relocate_map",
    "ClusterRaft": ".cluster_raft",
    "ClusterStoreNode": ".cluster_store_node",
    "Command": ".command",
    "CommandCommand": ".command_command",
    "ConfigData": ".config_data",
    "ConfigDataApi": ".config_data_api",
    "ConfigDataApiAccess": ".config_data_api_access",
    "ConfigDataApiAccessHttp": ".config_data_api_access_http",
    "ConfigDataApiAccessHttps": ".config_data_api_access_https",
    "ConfigDataApiAuth": ".config_data_api_auth",
    "ConfigDataApiAuthAuth0": ".config_data_api_auth_auth_0",
    "ConfigDataApiAuthJwt": ".config_data_api_auth_jwt",
    "ConfigDataCluster": ".config_data_cluster",
    "ConfigDataClusterDebug": ".config_data_cluster_debug",
    "ConfigDataCompress": ".config_data_compress",
    "ConfigDataDb": ".config_data_db",
    "ConfigDataDebug": ".config_data_debug",
    "ConfigDataFfmpeg": ".config_data_ffmpeg",
    "ConfigDataFfmpegAccess": ".config_data_ffmpeg_access",
    "ConfigDataFfmpegAccessInput": ".config_data_ffmpeg_access_input",
    "ConfigDataFfmpegAccessOutput": ".config_data_ffmpeg_access_output",
    "ConfigDataFfmpegLog": ".config_data_ffmpeg_log",
    "ConfigDataHost": ".config_data_host",
    "ConfigDataLog": ".config_data_log",
    "ConfigDataLogLevel": ".config_data_log_level",
    "ConfigDataMetrics": ".config_data_metrics",
    "ConfigDataPlayout": ".config_data_playout",
    "ConfigDataResources": ".config_data_resources",
    "ConfigDataRouter": ".config_data_router",
    "ConfigDataRouterRoutes": ".config_data_router_routes",
    "ConfigDataRtmp": ".config_data_rtmp",
    "ConfigDataRtmpHttpflv": ".config_data_rtmp_httpflv",
    "ConfigDataService": ".config_data_service",
    "ConfigDataSessions": ".config_data_sessions",
    "ConfigDataSrt": ".config_data_srt",
    "ConfigDataSrtLog": ".config_data_srt_log",
    "ConfigDataStorage": ".config_data_storage",
    "ConfigDataStorageCors": ".config_data_storage_cors",
    "ConfigDataStorageDisk": ".config_data_storage_disk",
    "ConfigDataStorageDiskCache": ".config_data_storage_disk_cache",
    "ConfigDataStorageDiskCacheTypes": ".config_data_storage_disk_cache_types",
    "ConfigDataStorageMemory": ".config_data_storage_memory",
    "ConfigDataStorageMemoryAuth": ".config_data_storage_memory_auth",
    "ConfigDataStorageMemoryBackup": ".config_data_storage_memory_backup",
    "ConfigDataStorageMimetypes": ".config_data_storage_mimetypes",
    "ConfigDataTls": ".config_data_tls",
    "ConfigError": ".config_error",
    "Error": ".error",
    "FileInfo": ".file_info",
    "FilesystemInfo": ".filesystem_info",
    "FilesystemOperation": ".filesystem_operation",
    "FilesystemOperationOperation": ".filesystem_operation_operation",
    "GetConfig": ".get_config",
    "GraphElement": ".graph_element",
    "GraphMapping": ".graph_mapping",
    "GraphQuery": ".graph_query",
    "GraphResponse": ".graph_response",
    "IAMAuth0Tenant": ".iam_auth_0_tenant",
    "IAMPolicy": ".iam_policy",
    "IAMUser": ".iam_user",
    "IAMUserAuth": ".iam_user_auth",
    "IAMUserAuthAPI": ".iam_user_auth_api",
    "IAMUserAuthAPIAuth0": ".iam_user_auth_api_auth_0",
    "IAMUserAuthServices": ".iam_user_auth_services",
    "JWT": ".jwt",
    "JWTRefresh": ".jwt_refresh",
    "LogEntries": ".log_entries",
    "LogEvent": ".log_event",
    "LogEventData": ".log_event_data",
    "LogEventFilter": ".log_event_filter",
    "LogEventFilterData": ".log_event_filter_data",
    "LogEventFilters": ".log_event_filters",
    "Login": ".login",
    "MediaEvent": ".media_event",
    "MetricsDescription": ".metrics_description",
    "MetricsQuery": ".metrics_query",
    "MetricsQueryMetric": ".metrics_query_metric",
    "MetricsQueryMetricLabels": ".metrics_query_metric_labels",
    "MetricsResponse": ".metrics_response",
    "MetricsResponseMetric": ".metrics_response_metric",
    "MetricsResponseMetricLabels": ".metrics_response_metric_labels",
    "PlayoutStatus": ".playout_status",
    "PlayoutStatusIO": ".playout_status_io",
    "PlayoutStatusIOState": ".playout_status_io_state",
    "PlayoutStatusSwap": ".playout_status_swap",
    "Probe": ".probe",
    "ProbeIO": ".probe_io",
    "Process": ".process",
    "ProcessConfig": ".process_config",
    "ProcessConfigIO": ".process_config_io",
    "ProcessConfigIOCleanup": ".process_config_io_cleanup",
    "ProcessConfigLimits": ".process_config_limits",
    "ProcessConfigMetadata": ".process_config_metadata",
    "ProcessConfigType": ".process_config_type",
    "ProcessEvent": ".process_event",
    "ProcessEventFilter": ".process_event_filter",
    "ProcessEventFilters": ".process_event_filters",
    "ProcessID": ".process_id",
    "ProcessProgress": ".process_progress",
    "ProcessProgressInput": ".process_progress_input",
    "ProcessProgressInputAVstream": ".process_progress_input_a_vstream",
    "ProcessProgressOutput": ".process_progress_output",
    "ProcessReport": ".process_report",
    "ProcessReportHistoryEntry": ".process_report_history_entry",
    "ProcessReportHistoryEntryLines": ".process_report_history_entry_lines",
    "ProcessReportLines": ".process_report_lines",
    "ProcessReportSearchResult": ".process_report_search_result",
    "ProcessState": ".process_state",
    "ProcessUsage": ".process_usage",
    "ProcessUsageCPU": ".process_usage_cpu",
    "ProcessUsageGPU": ".process_usage_gpu",
    "ProcessUsageGPUMemory": ".process_usage_gpu_memory",
    "ProcessUsageGPUUsage": ".process_usage_gpu_usage",
    "ProcessUsageMemory": ".process_usage_memory",
    "Progress": ".progress",
    "ProgressIO": ".progress_io",
    "ProgressIOFramerate": ".progress_io_framerate",
    "ProgressIOTee": ".progress_io_tee",
    "RawLogEntry": ".raw_log_entry",
    "RTMPChannel": ".rtmp_channel",
    "S3Storage": ".s3_storage",
    "S3StorageAuth": ".s3_storage_auth",
    "Session": ".session",
    "SessionExtra": ".session_extra",
    "SessionPeers": ".session_peers",
    "SessionPeersLocal": ".session_peers_local",
    "SessionStats": ".session_stats",
    "SessionSummary": ".session_summary",
    "SessionSummaryActive": ".session_summary_active",
    "SessionSummarySummary": ".session_summary_summary",
    "SessionSummarySummaryLocal": ".session_summary_summary_local",
    "SessionSummarySummaryReference": ".session_summary_summary_reference",
    "SessionSummarySummaryRemote": ".session_summary_summary_remote",
    "SessionTokenRequest": ".session_token_request",
    "SessionTokenRequestExtra": ".session_token_request_extra",
    "SessionsActive": ".sessions_active",
    "SessionsSummary": ".sessions_summary",
    "SetConfig": ".set_config",
    "SetConfigApi": ".set_config_api",
    "SetConfigApiAccess": ".set_config_api_access",
    "SetConfigApiAccessHttp": ".set_config_api_access_http",
    "SetConfigApiAccessHttps": ".set_config_api_access_https",
    "SetConfigApiAuth": ".set_config_api_auth",
    "SetConfigApiAuthAuth0": ".set_config_api_auth_auth_0",
    "SetConfigApiAuthJwt": ".set_config_api_auth_jwt",
    "SetConfigCluster": ".set_config_cluster",
    "SetConfigClusterDebug": ".set_config_cluster_debug",
    "SetConfigCompress": ".set_config_compress",
    "SetConfigDb": ".set_config_db",
    "SetConfigDebug": ".set_config_debug",
    "SetConfigFfmpeg": ".set_config_ffmpeg",
    "SetConfigFfmpegAccess": ".set_config_ffmpeg_access",
    "SetConfigFfmpegAccessInput": ".set_config_ffmpeg_access_input",
    "SetConfigFfmpegAccessOutput": ".set_config_ffmpeg_access_output",
    "SetConfigFfmpegLog": ".set_config_ffmpeg_log",
    "SetConfigHost": ".set_config_host",
    "SetConfigLog": ".set_config_log",
    "SetConfigLogLevel": ".set_config_log_level",
    "SetConfigMetrics": ".set_config_metrics",
    "SetConfigPlayout": ".set_config_playout",
    "SetConfigResources": ".set_config_resources",
    "SetConfigRouter": ".set_config_router",
    "SetConfigRouterRoutes": ".set_config_router_routes",
    "SetConfigRtmp": ".set_config_rtmp",
    "SetConfigRtmpHttpflv": ".set_config_rtmp_httpflv",
    "SetConfigService": ".set_config_service",
    "SetConfigSessions": ".set_config_sessions",
    "SetConfigSrt": ".set_config_srt",
    "SetConfigSrtLog": ".set_config_srt_log",
    "SetConfigStorage": ".set_config_storage",
    "SetConfigStorageCors": ".set_config_storage_cors",
    "SetConfigStorageDisk": ".set_config_storage_disk",
    "SetConfigStorageDiskCache": ".set_config_storage_disk_cache",
    "SetConfigStorageDiskCacheTypes": ".set_config_storage_disk_cache_types",
    "SetConfigStorageMemory": ".set_config_storage_memory",
    "SetConfigStorageMemoryAuth": ".set_config_storage_memory_auth",
    "SetConfigStorageMemoryBackup": ".set_config_storage_memory_backup",
    "SetConfigStorageMimetypes": ".set_config_storage_mimetypes",
    "SetConfigTls": ".set_config_tls",
    "Skills": ".skills",
    "SkillsCodec": ".skills_codec",
    "SkillsCodecs": ".skills_codecs",
    "SkillsDevice": ".skills_device",
    "SkillsDevices": ".skills_devices",
    "SkillsFfmpeg": ".skills_ffmpeg",
    "SkillsFilter": ".skills_filter",
    "SkillsFormat": ".skills_format",
    "SkillsFormats": ".skills_formats",
    "SkillsHWAccel": ".skills_hw_accel",
    "SkillsHWDevice": ".skills_hw_device",
    "SkillsLibrary": ".skills_library",
    "SkillsProtocol": ".skills_protocol",
    "SkillsProtocols": ".skills_protocols",
    "SRTChannel": ".srt_channel",
    "SRTChannelConnections": ".srt_channel_connections",
    "SRTChannelLog": ".srt_channel_log",
    "SRTChannels": ".srt_channels",
    "SRTChannelsConnections": ".srt_channels_connections",
    "SRTChannelsLog": ".srt_channels_log",
    "SRTChannelsPublisher": ".srt_channels_publisher",
    "SRTChannelsSubscriber": ".srt_channels_subscriber",
    "SRTConnection": ".srt_connection",
    "SRTConnectionLog": ".srt_connection_log",
    "SRTLog": ".srt_log",
    "SRTStatistics": ".srt_statistics",
    "StreamMapping": ".stream_mapping",
    "WidgetProcess": ".widget_process",
}

__all__ = (
    "About",
    "AboutGPUResources",
    "AboutResources",
    "AboutVersion",
    "Auth0Tenant",
    "AVstream",
    "AVstreamIO",
    "AVstreamIOState",
    "ClusterAbout",
    "ClusterAboutLeader",
    "ClusterDeployments",
    "ClusterDeploymentsProcess",
    "ClusterDeploymentsProcessAction",
    "ClusterKVS",
    "ClusterKVSValue",
    "ClusterLock",
    "ClusterNode",
    "ClusterNodeCore",
    "ClusterNodeFiles",
    "ClusterNodeFilesFiles",
    "ClusterNodeGPUResources",
    "ClusterNodeID",
    "ClusterNodeResources",
    "ClusterNodeState",
    "ClusterNodeStateState",
    "ClusterProcessMap",
    "ClusterProcessReallocate",
    "ClusterProcessRelocateMap",
    "ClusterRaft",
    "ClusterStoreNode",
    "Command",
    "CommandCommand",
    "ConfigData",
    "ConfigDataApi",
    "ConfigDataApiAccess",
    "ConfigDataApiAccessHttp",
    "ConfigDataApiAccessHttps",
    "ConfigDataApiAuth",
    "ConfigDataApiAuthAuth0",
    "ConfigDataApiAuthJwt",
    "ConfigDataCluster",
    "ConfigDataClusterDebug",
    "ConfigDataCompress",
    "ConfigDataDb",
    "ConfigDataDebug",
    "ConfigDataFfmpeg",
    "ConfigDataFfmpegAccess",
    "ConfigDataFfmpegAccessInput",
    "ConfigDataFfmpegAccessOutput",
    "ConfigDataFfmpegLog",
    "ConfigDataHost",
    "ConfigDataLog",
    "ConfigDataLogLevel",
    "ConfigDataMetrics",
    "ConfigDataPlayout",
    "ConfigDataResources",
    "ConfigDataRouter",
    "ConfigDataRouterRoutes",
    "ConfigDataRtmp",
    "ConfigDataRtmpHttpflv",
    "ConfigDataService",
    "ConfigDataSessions",
    "ConfigDataSrt",
    "ConfigDataSrtLog",
    "ConfigDataStorage",
    "ConfigDataStorageCors",
    "ConfigDataStorageDisk",
    "ConfigDataStorageDiskCache",
    "ConfigDataStorageDiskCacheTypes",
    "ConfigDataStorageMemory",
    "ConfigDataStorageMemoryAuth",
    "ConfigDataStorageMemoryBackup",
    "ConfigDataStorageMimetypes",
    "ConfigDataTls",
    "ConfigError",
    "Error",
    "FileInfo",
    "FilesystemInfo",
    "FilesystemOperation",
    "FilesystemOperationOperation",
    "GetConfig",
    "GraphElement",
    "GraphMapping",
    "GraphQuery",
    "GraphResponse",
    "IAMAuth0Tenant",
    "IAMPolicy",
    "IAMUser",
    "IAMUserAuth",
    "IAMUserAuthAPI",
    "IAMUserAuthAPIAuth0",
    "IAMUserAuthServices",
    "JWT",
    "JWTRefresh",
    "LogEntries",
    "LogEvent",
    "LogEventData",
    "LogEventFilter",
    "LogEventFilterData",
    "LogEventFilters",
    "Login",
    "MediaEvent",
    "MetricsDescription",
    "MetricsQuery",
    "MetricsQueryMetric",
    "MetricsQueryMetricLabels",
    "MetricsResponse",
    "MetricsResponseMetric",
    "MetricsResponseMetricLabels",
    "PlayoutStatus",
    "PlayoutStatusIO",
    "PlayoutStatusIOState",
    "PlayoutStatusSwap",
    "Probe",
    "ProbeIO",
    "Process",
    "ProcessConfig",
    "ProcessConfigIO",
    "ProcessConfigIOCleanup",
    "ProcessConfigLimits",
    "ProcessConfigMetadata",
    "ProcessConfigType",
    "ProcessEvent",
    "ProcessEventFilter",
    "ProcessEventFilters",
    "ProcessID",
    "ProcessProgress",
    "ProcessProgressInput",
    "ProcessProgressInputAVstream",
    "ProcessProgressOutput",
    "ProcessReport",
    "ProcessReportHistoryEntry",
    "ProcessReportHistoryEntryLines",
    "ProcessReportLines",
    "ProcessReportSearchResult",
    "ProcessState",
    "ProcessUsage",
    "ProcessUsageCPU",
    "ProcessUsageGPU",
    "ProcessUsageGPUMemory",
    "ProcessUsageGPUUsage",
    "ProcessUsageMemory",
    "Progress",
    "ProgressIO",
    "ProgressIOFramerate",
    "ProgressIOTee",
    "RawLogEntry",
    "RTMPChannel",
    "S3Storage",
    "S3StorageAuth",
    "Session",
    "SessionExtra",
    "SessionPeers",
    "SessionPeersLocal",
    "SessionsActive",
    "SessionsSummary",
    "SessionStats",
    "SessionSummary",
    "SessionSummaryActive",
    "SessionSummarySummary",
    "SessionSummarySummaryLocal",
    "SessionSummarySummaryReference",
    "SessionSummarySummaryRemote",
    "SessionTokenRequest",
    "SessionTokenRequestExtra",
    "SetConfig",
    "SetConfigApi",
    "SetConfigApiAccess",
    "SetConfigApiAccessHttp",
    "SetConfigApiAccessHttps",
    "SetConfigApiAuth",
    "SetConfigApiAuthAuth0",
    "SetConfigApiAuthJwt",
    "SetConfigCluster",
    "SetConfigClusterDebug",
    "SetConfigCompress",
    "SetConfigDb",
    "SetConfigDebug",
    "SetConfigFfmpeg",
    "SetConfigFfmpegAccess",
    "SetConfigFfmpegAccessInput",
    "SetConfigFfmpegAccessOutput",
    "SetConfigFfmpegLog",
    "SetConfigHost",
    "SetConfigLog",
    "SetConfigLogLevel",
    "SetConfigMetrics",
    "SetConfigPlayout",
    "SetConfigResources",
    "SetConfigRouter",
    "SetConfigRouterRoutes",
    "SetConfigRtmp",
    "SetConfigRtmpHttpflv",
    "SetConfigService",
    "SetConfigSessions",
    "SetConfigSrt",
    "SetConfigSrtLog",
    "SetConfigStorage",
    "SetConfigStorageCors",
    "SetConfigStorageDisk",
    "SetConfigStorageDiskCache",
    "SetConfigStorageDiskCacheTypes",
    "SetConfigStorageMemory",
    "SetConfigStorageMemoryAuth",
    "SetConfigStorageMemoryBackup",
    "SetConfigStorageMimetypes",
    "SetConfigTls",
    "Skills",
    "SkillsCodec",
    "SkillsCodecs",
    "SkillsDevice",
    "SkillsDevices",
    "SkillsFfmpeg",
    "SkillsFilter",
    "SkillsFormat",
    "SkillsFormats",
    "SkillsHWAccel",
    "SkillsHWDevice",
    "SkillsLibrary",
    "SkillsProtocol",
    "SkillsProtocols",
    "SRTChannel",
    "SRTChannelConnections",
    "SRTChannelLog",
    "SRTChannels",
    "SRTChannelsConnections",
    "SRTChannelsLog",
    "SRTChannelsPublisher",
    "SRTChannelsSubscriber",
    "SRTConnection",
    "SRTConnectionLog",
    "SRTLog",
    "SRTStatistics",
    "StreamMapping",
    "WidgetProcess",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
