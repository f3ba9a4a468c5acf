"""What core_client relies on from the generated models, beyond the recorded responses."""

from __future__ import annotations

import copy
import gc
import importlib
import pickle
import pkgutil
import re
from collections.abc import Callable
from typing import Any, get_origin

import msgspec
import pytest
from datarhei_core_api import api, models, types
from datarhei_core_api.models.filesystem_operation import FilesystemOperation
from datarhei_core_api.models.filesystem_operation_operation import FilesystemOperationOperation
from datarhei_core_api.models.process_config import ProcessConfig
from datarhei_core_api.models.process_config_io import ProcessConfigIO

from scripts.paths import GENERATED_DIR, PACKAGE_NAME
from tests.support.interpreter import imported_after

MODELS_DIR = GENERATED_DIR / PACKAGE_NAME / "models"


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


def test_copies_and_pickles_keep_unknown_fields_and_nulls() -> None:
    sent: dict[str, object] = {
        "id": "p",
        "input": [],
        "output": [],
        "options": None,
        "future_option": {"on": True},
    }
    config = ProcessConfig.from_dict(sent)

    for copied in (copy.copy(config), copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
        assert copied == config
        assert copied.additional_properties == {"future_option": {"on": True}}
        assert copied.to_dict() == sent
    assert copy.deepcopy(config).additional_properties is not config.additional_properties


def test_equality_counts_unknown_fields() -> None:
    config = ProcessConfig.from_dict({"id": "p", "input": [], "output": []})
    newer = ProcessConfig.from_dict({"id": "p", "input": [], "output": [], "future_option": 1})

    assert config != newer
    newer.additional_properties.clear()
    assert config == newer


def test_to_dict_writes_a_none_given_and_omits_a_field_never_given() -> None:
    assert ProcessConfig(id="p").to_dict() == {"id": "p", "input": None, "output": None}
    assert ProcessConfig(id="p", metadata=None).to_dict()["metadata"] is None
    config = ProcessConfig(id="p", metadata={"a": 1})
    config.metadata = None  # set later: not given, omitted
    assert "metadata" not in config.to_dict()


def test_an_answers_null_for_an_optional_field_the_spec_keeps_from_null_reads_as_absent() -> None:
    # Go reads null and absent alike; a request body is checked strictly.
    config = ProcessConfig.from_dict({"id": None, "input": [], "output": []})

    assert config.id is None
    assert config.to_dict() == {"input": [], "output": []}
    with pytest.raises(ValueError, match="id: null is not allowed"):
        ProcessConfig.from_dict({"id": None, "input": [], "output": []}, strict=True)


def test_an_answer_without_a_required_field_that_may_be_null_is_refused() -> None:
    with pytest.raises(ValueError, match="input: required field is missing"):
        ProcessConfig.from_dict({"id": "p", "output": []})
    assert ProcessConfig(id="p").input is None  # a constructor may leave it out


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


def _referred(module: str) -> set[str]:
    """The model modules a model module imports, itself and transitively (msgspec reads the
    annotations, so the models a model refers to are imported with it)."""
    found, pending = set(), [module]
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            source = (MODELS_DIR / f"{name}.py").read_text()
            pending += re.findall(r"^from \.\.models\.(\w+) import", source, re.MULTILINE)
    return {f"datarhei_core_api.models.{name}" for name in found}


def test_importing_one_endpoint_module_imports_only_the_models_it_names() -> None:
    loaded = imported_after("import datarhei_core_api.api.process.process_3_get_all")

    imported = {name for name in loaded if name.startswith("datarhei_core_api.models.")}
    assert imported == _referred("process")
    assert len(imported) < len(models.__all__) // 4


def _endpoint_types() -> list[tuple[str, Any]]:
    """(module.attribute, type) of every endpoint module's `_RESULT` and `_BODY`."""
    found = []
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        found += [
            (f"{info.name}.{name}", getattr(module, name))
            for name in ("_RESULT", "_BODY")
            if hasattr(module, name)
        ]
    return found


def test_every_type_the_endpoints_name_has_a_decoder_and_checks() -> None:
    # msgspec refuses some types outright (two array types in one union, a custom class beside
    # a string): that would fail the first call of the endpoint, not the generation.
    named = _endpoint_types()
    assert len(named) > 100
    every_model = [getattr(models, name) for name in models.__all__]
    for kind in [kind for _, kind in named] + every_model:
        msgspec.json.Decoder(kind)
        types._converter(kind)
        if isinstance(kind, type) and issubclass(kind, types.Model):
            types._fields(kind)  # what the checks read of a model, on its first use


def test_to_dict_writes_models_inside_tuples_and_mappings() -> None:
    io = ProcessConfigIO(address="-", id="out")
    config = ProcessConfig(id="p", input=(io,), output=[])  # type: ignore[arg-type]

    assert config.to_dict()["input"] == [{"address": "-", "id": "out"}]


def test_every_model_the_package_lists_can_be_imported_by_name() -> None:
    for name in models.__all__:
        model = getattr(models, name)
        if get_origin(model) is dict:  # a JSON object whose keys are free
            continue
        assert model.__name__ == name


def test_a_schema_whose_keys_are_free_is_a_dict() -> None:
    assert models.ProcessReportLines == dict[str, int]
    report = models.ProcessReport.from_dict({"created_at": 1, "lines": {"info": 3}})
    assert report.lines == {"info": 3}
    assert report.to_dict() == {"created_at": 1, "lines": {"info": 3}}


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

    assert _collections_while(lambda: msgspec.convert(data, ProcessConfig)) > 0  # spared below
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
