"""Which operation of each pinned Core version the tests called on a real server, and by which test.

The clients of the real-server fixtures send through a recording transport; at the end of the
session every recorded request is matched to the operation of its version's spec (Core's own
swagger, method and route), and the report lists operation -> tests. Operations that cannot
run on loopback are listed with their reason in tests/real/not_called.toml. The report goes to
build/real-coverage.md; a line per version goes to the terminal. With CORE_COVERAGE_REAL=strict
(CI, `make coverage-real`) an operation neither called nor excused fails the session.
"""

from __future__ import annotations

import functools
import json
import os
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass

import httpx
import pytest

from scripts.paths import ROOT, swagger_file
from scripts.spec import pull
from tests.support.shared import SPEC_MIRROR

REPORT_FILE = ROOT / "build" / "real-coverage.md"
NOT_CALLED_FILE = ROOT / "tests" / "real" / "not_called.toml"
METHODS = ("get", "put", "post", "delete", "patch", "head")
# Where a real route differs from its spec (SPEC_DIFFS 39): the request reaches this operation.
SPEC_ROUTE_OF = {("PUT", "/api/v3/cluster/iam/reload"): ("GET", "/api/v3/cluster/iam/reload")}

# The test running now (set by real_servers' hooks): what a recorded request is credited to.
current_test: str | None = None


@dataclass(frozen=True)
class Sent:
    version: str
    method: str
    path: str
    test: str


RECORDED: list[Sent] = []


def _record(version: str, request: httpx.Request) -> None:
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    RECORDED.append(Sent(version, request.method, path, current_test or "(outside a test)"))


class RecordingTransport(httpx.HTTPTransport):
    """An HTTP transport that notes each request for the report."""

    def __init__(self, version: str) -> None:
        super().__init__()
        self.version = version

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _record(self.version, request)
        return super().handle_request(request)


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, version: str) -> None:
        super().__init__()
        self.version = version

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _record(self.version, request)
        return await super().handle_async_request(request)


@dataclass(frozen=True)
class SpecOperation:
    method: str
    path: str
    operation_id: str
    pattern: re.Pattern[str]

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


def _pattern(path: str) -> re.Pattern[str]:
    def parameter(match: re.Match[str]) -> str:
        # A file path keeps its slashes; every other value is one segment.
        return ".+" if match.group(1) in ("filepath", "path") else "[^/]+"

    return re.compile(re.sub(r"\\\{(\w+)\\\}", parameter, re.escape(path)))


@functools.cache
def spec_operations(version: str) -> tuple[SpecOperation, ...]:
    """Every operation of the version's own swagger, literal routes first (as routers match)."""
    pull(version, mirror=SPEC_MIRROR)
    swagger = json.loads(swagger_file(version).read_text())
    operations = []
    for raw_path, item in sorted(swagger["paths"].items(), key=lambda p: _match_order(p[0])):
        path = re.sub(r":(\w+)", r"{\1}", raw_path)  # one vod route is written `/:id`
        for method, operation in item.items():
            if method in METHODS:
                operations.append(
                    SpecOperation(method.upper(), path, operation["operationId"], _pattern(path))
                )
    return tuple(operations)


def _match_order(path: str) -> tuple[bool, int, int]:
    """Literal routes first, then by parameters; a route whose file path takes the rest of
    the URL (v16.10.0's `/{path}`, `/memfs/{path}`) only after all others, longest first."""
    catch_all = re.search(r"\{(filepath|path)\}$", path) is not None
    return catch_all, path.count("{"), -len(path)


def operation_of(version: str, method: str, path: str) -> SpecOperation | None:
    method = SPEC_ROUTE_OF.get((method, path), (method, path))[0]
    for operation in spec_operations(version):
        if operation.method == method and operation.pattern.fullmatch(path):
            return operation
    return None


def not_called() -> dict[str, dict[str, str]]:
    """Per version: operation key ("METHOD /path") -> why it is not called on loopback."""
    if not NOT_CALLED_FILE.exists():
        return {}
    return tomllib.loads(NOT_CALLED_FILE.read_text())


@dataclass
class Coverage:
    version: str
    called: dict[str, set[str]]  # operation key -> tests
    excused: dict[str, str]
    missing: list[str]
    total: int


def coverage() -> list[Coverage]:
    tests: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for sent in RECORDED:
        operation = operation_of(sent.version, sent.method, sent.path)
        if operation is not None:
            tests[sent.version][operation.key].add(sent.test)
    excused = not_called()
    result = []
    for version in sorted(tests):
        keys = [operation.key for operation in spec_operations(version)]
        reasons = excused.get(version, {})
        missing = [key for key in keys if key not in tests[version] and key not in reasons]
        result.append(Coverage(version, tests[version], reasons, missing, len(keys)))
    return result


def report(covered: list[Coverage]) -> str:
    lines = ["# Operations called on real Core servers", ""]
    for item in covered:
        lines += [f"## {item.version}: {len(item.called)} of {item.total} called", ""]
        for operation in spec_operations(item.version):
            key = operation.key
            if key in item.called:
                names = sorted(item.called[key])
                more = f" (+{len(names) - 3} more)" if len(names) > 3 else ""
                lines.append(f"- `{key}` ({operation.operation_id}): {', '.join(names[:3])}{more}")
            elif key in item.excused:
                lines.append(
                    f"- `{key}` ({operation.operation_id}): not called: {item.excused[key]}"
                )
            else:
                lines.append(f"- `{key}` ({operation.operation_id}): **NOT CALLED**")
        lines.append("")
    return "\n".join(lines)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not RECORDED:
        return
    covered = coverage()
    REPORT_FILE.parent.mkdir(exist_ok=True)
    REPORT_FILE.write_text(report(covered))
    session.config.stash[_COVERED] = covered
    strict = os.environ.get("CORE_COVERAGE_REAL") == "strict"
    if strict and any(item.missing for item in covered) and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_COVERED = pytest.StashKey[list[Coverage]]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    covered = terminalreporter.config.stash.get(_COVERED, None)
    if not covered:
        return
    terminalreporter.section("operations called on real Core servers")
    for item in covered:
        terminalreporter.write_line(
            f"{item.version}: {len(item.called)} of {item.total} called, "
            f"{len(item.excused)} not callable here (reasons in the report), "
            f"{len(item.missing)} missing"
        )
    terminalreporter.write_line(f"report: {REPORT_FILE.relative_to(ROOT)}")
