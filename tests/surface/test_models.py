"""Models at the documented import paths, looked up lazily."""

from __future__ import annotations

import json
import sys

import pytest

import core_client.base.models.v3 as upstream_models
import core_client.models as models
from core_client.cluster_node import ClusterNodeAuth
from tests.support.interpreter import imported_after
from tests.support.shared import exchange
from tests.surface.values import overlaid_spec

SCHEMAS = json.loads(overlaid_spec().read_text())["components"]["schemas"]
SPEC_SCHEMAS = sorted(SCHEMAS)


@pytest.mark.parametrize("name", SPEC_SCHEMAS)
def test_every_spec_schema_with_a_model_is_importable_by_its_name(name: str) -> None:
    generated = sys.modules.get("datarhei_core_api.models") or __import__(
        "datarhei_core_api.models", fromlist=["*"]
    )
    if not hasattr(generated, name):
        # a schema that is no object (e.g. a value pair) has no model
        assert SCHEMAS[name].get("type") != "object"
        return
    model = getattr(models, name)
    assert model is getattr(generated, name)
    assert getattr(upstream_models, name) is model


def test_upstream_names_and_the_cluster_node_model() -> None:
    assert models.Config is models.SetConfig
    assert models.Metrics is models.MetricsQuery
    assert models.ProcessCommand is models.Command
    assert models.FilesystemOperationOrder is models.FilesystemOperationOperation
    assert upstream_models.FilesystemOperationOrder("move").value == "move"
    assert models.ClusterNodeAuth is ClusterNodeAuth
    with pytest.raises(AttributeError):
        _ = models.NoSuchModel


def test_models_take_and_read_core_json_names_at_both_paths() -> None:
    assert upstream_models.ProcessConfig is models.ProcessConfig
    io = upstream_models.ProcessConfigIO(address="-", id="out")
    config = upstream_models.ProcessConfig(id="p", input=[io], output=[io], type="ffmpeg")  # type: ignore[arg-type]

    assert config.input == [io]
    assert config.type == "ffmpeg"
    assert config.to_dict() == {
        "id": "p",
        "input": [{"address": "-", "id": "out"}],
        "output": [{"address": "-", "id": "out"}],
        "type": "ffmpeg",
    }
    assert models.ProcessConfig.from_dict(config.to_dict()) == config


def test_a_constructor_needs_only_what_cannot_be_none() -> None:
    config = models.ProcessConfig(id="x")

    assert (config.input, config.output, config.reference) == (None, None, None)
    # input and output are required JSON (null is Core's empty list); other fields are omitted.
    assert config.to_dict() == {"id": "x", "input": None, "output": None}


def test_the_seed_readme_model_example_reads_back_by_json_names() -> None:
    config = upstream_models.ProcessConfig(
        id="my_proc",
        reference="my_ref",
        input=[
            upstream_models.ProcessConfigIO(
                address="testsrc2=rate=25:size=1280x720",
                id="input_0",
                options=["-re", "-f", "lavfi"],
            )
        ],
        options=["-loglevel", "error"],
        output=[upstream_models.ProcessConfigIO(address="-", id="output_0")],
    )

    assert config.input is not None
    assert config.input[0].address == "testsrc2=rate=25:size=1280x720"


def test_a_recorded_process_reads_by_json_names_and_absent_fields_are_none() -> None:
    body = exchange("vod", "035-process-3-get-all-all-filters")["response"]["body"][0]

    process = models.Process.from_dict(body)

    assert process.type == body["type"] == "ffmpeg"
    assert process.state is not None
    assert process.state.exec == body["state"]["exec"]
    assert process.state.progress.fps == body["state"]["progress"]["fps"]
    assert "metadata" not in body and process.metadata is None
    assert process.to_dict() == body


def test_cluster_node_auth_keeps_its_password_out_of_its_repr() -> None:
    node = ClusterNodeAuth(address="10.0.0.2:8080", username="admin", password="s3cret")
    assert "s3cret" not in repr(node)
    assert ClusterNodeAuth.from_dict(node.to_dict()) == node


def test_the_model_paths_and_the_methods_import_no_model_nor_msgspec() -> None:
    # A model is imported when its name is first looked up; `import core_client` pays for none,
    # nor for msgspec, which every model needs, nor for asyncio, which only AsyncClient uses.
    loaded = imported_after("import core_client, core_client.models, core_client.base.models.v3")
    assert {name for name in loaded if name.startswith("datarhei_core_api.models.")} == set()
    assert "msgspec" not in loaded
    assert "asyncio" not in loaded
    assert "core_client._operations" in loaded


def test_importing_one_model_imports_only_what_it_needs() -> None:
    loaded = imported_after("from core_client.models import ProcessConfig")
    model_modules = [name for name in loaded if name.startswith("datarhei_core_api.models.")]
    assert "datarhei_core_api.models.process_config" in model_modules
    assert len(model_modules) < 10


def test_reprs_never_show_passwords_tokens_or_user_info() -> None:
    # IAM users echo their passwords; cluster node addresses carry the admin password.
    from core_client.models import ClusterNode, GetConfig, IAMUser

    user = IAMUser.from_dict(
        {
            "name": "alice",
            "auth": {
                "api": {"userpass": "api-secret-1", "auth0": {"user": "a"}},
                "services": {"basic": ["basic-secret-2"], "token": ["token-secret-3"]},
            },
        }
    )
    node = ClusterNode.from_dict(
        {"id": "node1", "address": "http://admin:node-secret-4@127.0.0.1:8080/"}
    )
    config = GetConfig.from_dict(
        {
            "created_at": "2026-12-01T00:00:00Z",
            "loaded_at": "2026-12-01T00:00:00Z",
            "updated_at": "2026-12-01T00:00:00Z",
            "config": {
                "api": {"auth": {"password": "config-secret-5", "jwt": {"secret": "jwt-6"}}},
                "rtmp": {"token": "rtmp-secret-7"},
            },
        }
    )
    # rich (corectl, consoles) renders a model its own way, field by field.
    from rich.pretty import pretty_repr

    shown = " ".join(view(model) for model in (user, node, config) for view in (repr, pretty_repr))
    for secret in ("api-secret-1", "basic-secret-2", "token-secret-3", "node-secret-4"):
        assert secret not in shown
    for secret in ("config-secret-5", "jwt-6", "rtmp-secret-7"):
        assert secret not in shown
    assert "alice" in shown and "127.0.0.1:8080" in shown and "<redacted>" in shown
    # The values themselves are untouched.
    assert node.address == "http://admin:node-secret-4@127.0.0.1:8080/"
    assert user.to_dict()["auth"]["services"]["basic"] == ["basic-secret-2"]
