"""Every example script (the original README's, unmodified) runs against a fake Core.

The fake answers with bodies recorded from a real Core (../shared/fixtures) and echoes process
configs back as Core does; each script's own code is run, only its base URL pointing here.
"""

from __future__ import annotations

import gc
import json
import re
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, ClassVar

import pytest

from scripts.generate_methods import EXAMPLES, EXAMPLES_DIR
from scripts.paths import ROOT
from tests.support.loopback import LoopbackServer, request_body, send
from tests.surface.recorded import auth_exchanges, exchanges

README_URL = "http://127.0.0.1:8080"
ECHO = object()  # answer with the request's JSON body


class PlainText(str):
    """An answer sent as text/plain, as Core sends /ping's."""


def recorded_body(name: str) -> Any:
    return next(exchange for exchange in exchanges("vod") if name in exchange.name).json()


def routes() -> dict[tuple[str, str], tuple[int, Any]]:
    login = auth_exchanges("vod")[0].json()
    recorded = recorded_body("020-process-3-get")
    process = recorded | {"id": "my_proc", "config": recorded["config"] | {"id": "my_proc"}}
    forbidden = recorded_body("063-config-3-get-as-fx-user-forbidden")
    return {
        ("POST", "/api/login"): (200, login),
        ("GET", "/api"): (200, recorded_body("013-about-authenticated")),
        ("GET", "/ping"): (200, PlainText("pong")),
        ("GET", "/api/v3/process"): (200, recorded_body("035-process-3-get-all-all-filters")),
        ("POST", "/api/v3/process"): (200, ECHO),
        ("GET", "/api/v3/process/my_proc"): (200, process),
        ("GET", "/api/v3/process/my_proc/config"): (200, process["config"]),
        ("PUT", "/api/v3/process/testproc"): (200, ECHO),
        ("PUT", "/api/v3/process/my_proc"): (200, ECHO),
        ("DELETE", "/api/v3/process/testproc"): (200, "OK"),
        ("GET", "/api/v3/forbidden"): (403, forbidden),
    }


class FakeCore(BaseHTTPRequestHandler):
    answers: ClassVar[dict[tuple[str, str], tuple[int, Any]]] = {}

    def _serve(self) -> None:
        body = request_body(self)
        status, answer = self.answers.get((self.command, self.path), (404, {"code": 404}))
        if isinstance(answer, PlainText):
            content, content_type = answer.encode(), "text/plain; charset=UTF-8"
        else:
            content = json.dumps(json.loads(body) if answer is ECHO else answer).encode()
            content_type = "application/json"
        send(self, status, content, {"Content-Type": content_type})

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def fake_core() -> Iterator[str]:
    FakeCore.answers = routes()
    with LoopbackServer(FakeCore) as server:
        yield server.url


def run_example(name: str, url: str, source: str | None = None) -> None:
    if source is None:
        source = (EXAMPLES_DIR / name).read_text()
    assert README_URL in source
    code = compile(source.replace(README_URL, url), name, "exec")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(code, {"__name__": "__main__"})
        gc.collect()  # an un-awaited coroutine (async quick start: login()) warns when collected
    assert [str(warning.message) for warning in caught] == []


EXPECTED_OUTPUT = {
    "quickstart.py": r"\A\S+ 16\.\d+\.\d+\nfx-null ffmpeg$",
    "quickstart_sync.py": r"About\(",
    "quickstart_async.py": r"About\(",
    "get_token.py": r"TokenPair\(",
    "get_processes.py": r"fx-",
    "post_process.py": r"ProcessConfig\(.*id='my_proc'",
    "get_process.py": r"Process\(.*id='my_proc'",
    "put_process.py": r"ProcessConfig\(.*'-loglevel', 'debug'",
    "delete_process.py": r"^OK$",
    "api_models.py": r"ProcessConfig\(.*'-loglevel', 'error'",
    "error_handling.py": r"\A\Z",  # no error: nothing printed
    "models_dict.py": r"^my_proc True$",
    "raw_response.py": r"^200 application/json \d+$",
}


def test_every_example_has_an_expected_output() -> None:
    assert EXPECTED_OUTPUT.keys() == EXAMPLES.keys()
    assert {path.name for path in EXAMPLES_DIR.glob("*.py")} == EXAMPLES.keys()


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_example_runs_unmodified_against_a_fake_core(
    name: str, fake_core: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("CORE_URL", "CORE_USERNAME", "CORE_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)  # the quick start's own Core, not the fake
    run_example(name, fake_core)
    output = capsys.readouterr().out.strip()
    assert re.search(EXPECTED_OUTPUT[name], output, re.DOTALL | re.MULTILINE), output


def test_error_handling_example_catches_the_error_as_httpx_http_error(
    fake_core: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = ("GET", "/api/v3/process")
    FakeCore.answers = routes() | {listing: FakeCore.answers[("GET", "/api/v3/forbidden")]}
    try:
        run_example("error_handling.py", fake_core)
    finally:
        FakeCore.answers = routes()
    assert capsys.readouterr().out.startswith("Error while requesting URL(")


WRONG_PASSWORD = recorded_body("003-login-wrong-password")  # vod: 403, reason in details


@pytest.mark.parametrize(
    ("answers", "call", "path"),
    [
        ({("POST", "/api/login"): (403, WRONG_PASSWORD)}, None, "/api/login"),
        # The example's call with an argument of the wrong type: refused before sending.
        ({}, "client.v3_process_get_list(idpattern=5)", "/api/v3/process"),
        ({("GET", "/api/v3/process"): (200, {"not": "a list"})}, None, "/api/v3/process"),
    ],
    ids=["wrong password", "bad argument", "malformed response"],
)
def test_error_handling_example_prints_the_url_for_every_kind_of_error(
    answers: dict[tuple[str, str], tuple[int, Any]],
    call: str | None,
    path: str,
    fake_core: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = (EXAMPLES_DIR / "error_handling.py").read_text()
    if call is not None:
        assert "client.v3_process_get_list()" in source
        source = source.replace("client.v3_process_get_list()", call)
    FakeCore.answers = routes() | answers
    try:
        run_example("error_handling.py", fake_core, source)
    finally:
        FakeCore.answers = routes()
    assert capsys.readouterr().out == f"Error while requesting URL('{fake_core}{path}').\n"


def test_readme_shows_every_example_script() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in EXAMPLES:
        body = (EXAMPLES_DIR / name).read_text()
        code = "\n".join(line for line in body.splitlines() if not line.startswith("# ")).strip()
        assert f"```python\n{code}\n```" in readme, name


def quick_start_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Quick start\n") : readme.index("<!-- section: examples -->")]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_the_docs_quick_start_is_the_readme_one() -> None:
    guide = (ROOT / "docs" / "guides" / "quickstart.md").read_text()
    assert re.findall(r"```python\n(.*?)```", guide, re.DOTALL) == quick_start_blocks()


def test_quick_start_section_runs_as_written(
    fake_core: str, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = quick_start_blocks()
    assert len(blocks) == 2  # sync and async
    for number, block in enumerate(blocks):
        run_example(f"README quick start block {number + 1}", fake_core, block)
    output = capsys.readouterr().out
    assert re.search(r"\Apong\n\S+ 16\.\d+\.\d+\nAbout\(", output), output
