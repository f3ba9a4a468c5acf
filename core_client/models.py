"""Every model of Core's API by its spec name: `from core_client.models import ProcessConfig`.

The classes are the generated ones (`datarhei_core_api.models`: msgspec Structs with `from_dict`
and `to_dict`; a JSON object whose keys are free is a `dict[str, X]` alias), plus the
hand-written `ClusterNodeAuth` and the names the upstream client used for four of them. Nothing
is imported before a name is looked up, so importing core_client stays cheap; type checkers and
IDEs see every model through the TYPE_CHECKING imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datarhei_core_api.models import *  # noqa: F403
    from datarhei_core_api.models import (
        Command,
        FilesystemOperationOperation,
        MetricsQuery,
        SetConfig,
    )

    from .cluster_node import ClusterNodeAuth as ClusterNodeAuth

    Config = SetConfig
    Metrics = MetricsQuery
    ProcessCommand = Command
    FilesystemOperationOrder = FilesystemOperationOperation

_GENERATED = "datarhei_core_api.models"
# Upstream (core-client-python 2.x) model names -> spec names, so that migrated code imports.
_UPSTREAM_NAMES = {
    "Config": "SetConfig",
    "Metrics": "MetricsQuery",
    "ProcessCommand": "Command",
    "FilesystemOperationOrder": "FilesystemOperationOperation",  # copy / move
}


def __getattr__(name: str) -> Any:
    if name == "ClusterNodeAuth":
        from .cluster_node import ClusterNodeAuth

        return ClusterNodeAuth
    generated = importlib.import_module(_GENERATED)
    try:
        return getattr(generated, _UPSTREAM_NAMES.get(name, name))
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    generated = importlib.import_module(_GENERATED)
    return sorted({*generated.__all__, *_UPSTREAM_NAMES, "ClusterNodeAuth"})
