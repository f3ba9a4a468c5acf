from __future__ import annotations

from typing import TypeAlias

from ..models.cluster_kvs_value import ClusterKVSValue

ClusterKVS: TypeAlias = dict[str, ClusterKVSValue]
