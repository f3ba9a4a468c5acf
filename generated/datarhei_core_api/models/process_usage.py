from __future__ import annotations

from .. import types as _types
from ..models.process_usage_cpu import ProcessUsageCPU
from ..models.process_usage_gpu import ProcessUsageGPU
from ..models.process_usage_memory import ProcessUsageMemory


class ProcessUsage(_types.Model):
    """
    Attributes:
        cpu_usage (ProcessUsageCPU):
        gpu (ProcessUsageGPU):
        memory_bytes (ProcessUsageMemory):
    """

    cpu_usage: ProcessUsageCPU
    gpu: ProcessUsageGPU
    memory_bytes: ProcessUsageMemory
