"""What the model template does with what Core's specs do not have yet: a JSON name that is a
Python keyword (or a name the generator reserves) becomes an attribute with a trailing underscore,
and msgspec reads and writes the JSON name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from scripts.generate import generate_package
from scripts.paths import PACKAGE_NAME

SPEC = {
    "openapi": "3.0.0",
    "info": {"title": "names", "version": "1"},
    "paths": {
        "/range": {
            "get": {
                "operationId": "get-range",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Range"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Range": {
                "type": "object",
                "required": ["from"],
                "properties": {"from": {"type": "integer"}, "self": {"type": "string"}},
            }
        }
    },
}

CHECK = """
import json
from datarhei_core_api import types
from datarhei_core_api.api.default.get_range import _RESULT
from datarhei_core_api.models import Range

decoded = types.decode(b'{"from": 1, "self": "s"}', _RESULT)
try:
    types.check({"self": "s"}, Range)
except types.Invalid as error:
    missing = str(error)
built = Range(from_=2).to_dict()
print(json.dumps([decoded.from_, decoded.self_, decoded.to_dict(), built, missing]))
"""


def test_a_json_name_that_is_a_keyword_keeps_its_name_in_json(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(SPEC))
    generate_package(spec, tmp_path / "out" / PACKAGE_NAME, fail_on_warning=True)

    environment = {**os.environ, "PYTHONPATH": str(tmp_path / "out")}
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, env=environment, check=True
    )

    attribute, reserved, written, built, missing = json.loads(result.stdout)
    assert (attribute, reserved) == (1, "s")
    assert written == {"from": 1, "self": "s"}
    assert built == {"from": 2}
    assert missing == "from: required field is missing"
