"""What core_client relies on from the generated models, beyond the recorded responses."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from datarhei_core_api import models
from datarhei_core_api.models.filesystem_operation import FilesystemOperation
from datarhei_core_api.models.filesystem_operation_operation import FilesystemOperationOperation
from datarhei_core_api.models.process_config import ProcessConfig

from tests.support.interpreter import imported_after


def test_an_unknown_enum_value_from_a_newer_core_parses_and_round_trips() -> None:
    sent = {"operation": "rename", "source": "mem:/a", "target": "mem:/b"}

    operation = FilesystemOperation.from_dict(sent)

    assert isinstance(operation.operation, FilesystemOperationOperation)
    assert operation.operation == "rename"
    assert operation.to_dict() == sent


def test_a_known_enum_value_is_the_enum_member() -> None:
    operation = FilesystemOperation.from_dict({"operation": "copy"})

    assert operation.operation is FilesystemOperationOperation.COPY


def test_unknown_fields_are_kept_and_sent_back() -> None:
    sent = {"id": "p", "input": [], "output": [], "future_option": {"on": True}}

    config = ProcessConfig.from_dict(sent)

    assert config.additional_properties == {"future_option": {"on": True}}
    assert config.to_dict() == sent


def test_null_collections_parse_as_none() -> None:
    config = ProcessConfig.from_dict({"input": None, "output": [], "options": None})

    assert config.input is None
    assert config.options is None
    assert config.to_dict() == {"input": None, "output": [], "options": None}


def test_null_collections_nested_in_inline_objects_parse_as_none() -> None:
    # Go writes nil slices and maps as null at any depth: the config's inline objects, skills.
    sent = {"host": {"name": None, "auto": False}, "router": {"routes": None}}

    config = models.ConfigData.from_dict(sent)

    assert isinstance(config.host, models.ConfigDataHost)
    assert config.host.name is None
    assert isinstance(config.router, models.ConfigDataRouter)
    assert config.router.routes is None
    assert config.to_dict() == sent
    skills = models.Skills.from_dict({"codecs": {"audio": None, "video": [], "subtitle": None}})
    assert isinstance(skills.codecs, models.SkillsCodecs)
    assert skills.codecs.audio is None


def test_importing_one_endpoint_module_imports_only_the_models_it_names() -> None:
    loaded = imported_after("import datarhei_core_api.api.process.process_3_get_all")

    models = {name for name in loaded if name.startswith("datarhei_core_api.models.")}
    assert models == {"datarhei_core_api.models.process"}


def test_every_model_the_package_lists_can_be_imported_by_name() -> None:
    for name in models.__all__:
        assert getattr(models, name).__name__ == name


def _config_with_inputs(count: int) -> dict[str, object]:
    inputs = [{"id": f"in{i}", "address": f"rtmp://x/{i}"} for i in range(count)]
    return {"id": "p", "input": inputs, "output": []}


def _collections_while(build: Callable[[], object]) -> int:
    started = 0

    def count(phase: str, info: dict[str, int]) -> None:
        nonlocal started
        started += phase == "start"

    gc.collect()
    gc.callbacks.append(count)
    try:
        build()
    finally:
        gc.callbacks.remove(count)
    return started


def test_no_garbage_collection_runs_while_a_model_is_built() -> None:
    # Thousands of acyclic objects: collections would walk them for nothing (types.without_gc).
    data = _config_with_inputs(5000)

    assert _collections_while(lambda: ProcessConfig._from_dict(data, False)) > 0  # spared below
    assert _collections_while(lambda: ProcessConfig.from_dict(data)) == 0
    assert gc.isenabled()


def test_building_a_model_leaves_the_collector_as_it_found_it() -> None:
    with pytest.raises(ValueError, match="id: expected string"):
        ProcessConfig.from_dict({"id": 1, "input": [], "output": []})
    assert gc.isenabled()

    gc.disable()
    try:
        ProcessConfig.from_dict(_config_with_inputs(3))
        assert not gc.isenabled()
    finally:
        gc.enable()
