from __future__ import annotations

from .. import types as _types
from ..models.process_usage_gpu_memory import ProcessUsageGPUMemory
from ..models.process_usage_gpu_usage import ProcessUsageGPUUsage


class ProcessUsageGPU(_types.Model):
    """
    Attributes:
        decoder (ProcessUsageGPUUsage):
        encoder (ProcessUsageGPUUsage):
        index (int):
        memory_bytes (ProcessUsageGPUMemory):
        usage (ProcessUsageGPUUsage):
    """

    decoder: ProcessUsageGPUUsage
    encoder: ProcessUsageGPUUsage
    index: int
    memory_bytes: ProcessUsageGPUMemory
    usage: ProcessUsageGPUUsage
