"""Real Core servers for the tests: a pytest plugin (loaded by tests/conftest.py).

The servers that the collected tests need are started once per session, all at once, from
Core's test kit (`../shared/core`, or the folder in CORE_KIT), and stopped when the session
ends, failed tests or not. Servers started elsewhere are used instead where their variables
are set (`CORE_VOD_URL`, `CORE_V16_16_0_URL`, `CORE_V16_10_0_URL` with `..._USERNAME`,
`..._PASSWORD`; `CORE_CLUSTER_URLS`, comma separated; or `CORE_<NAME>_ENV`, the `env` file
that the kit's `start` writes). With neither, the tests that need them skip, saying how to run
them; with CORE_REQUIRE_REAL=1 (CI) they fail instead.

Fixtures: `real_core` (one test per single server: vod, v16.16.0, v16.10.0; narrowed with
`@pytest.mark.core_versions(...)`) and `real_cluster` (a 3-node vod cluster). Every request
their clients send is recorded for the operation report (tests/support/real_coverage.py).
"""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import pytest

from core_client import AsyncClient, Client
from scripts.paths import ROOT, SHARED
from tests.support import real_coverage

VERSIONS = ("vod", "v16.16.0", "v16.10.0")
CLUSTER = "cluster"
CLUSTER_NODES = 3
# Lines of a server's log attached to a failing test.
LOG_TAIL_LINES = 40
# How long an exec of the kit's scripts that the system refuses for a moment is tried again.
EXEC_SECONDS = 10.0
# Refusals that pass: EFAULT was seen once starting `start` from ../shared's read-only mount.
TRANSIENT_EXEC_ERRORS = (errno.EFAULT, errno.EAGAIN, errno.ENOMEM, errno.ETXTBSY)

HOW_TO_RUN = (
    "real-server tests need datarhei Core: put Core's test kit at ../shared/core (or set "
    "CORE_KIT to it), or set CORE_VOD_URL, CORE_V16_16_0_URL, CORE_V16_10_0_URL and "
    "CORE_CLUSTER_URLS to running servers (README: Tests)"
)


@dataclass(frozen=True)
class Server:
    """Connection data of one running Core, as the kit's `start` prints it."""

    version: str
    url: str
    username: str
    password: str
    memfs_username: str
    memfs_password: str
    rtmp: str | None = None
    rtmp_token: str | None = None
    srt: str | None = None
    srt_token: str | None = None
    log: Path | None = None

    @classmethod
    def from_env(cls, env: dict[str, str], version: str, suffix: str = "") -> Server:
        """From `start`'s KEY=VALUE lines; `suffix` picks a cluster node's keys (`_2`)."""

        log = env.get(f"CORE_LOG{suffix}")
        return cls(
            version=version,
            url=env[f"CORE_URL{suffix}"],
            username=env.get("CORE_USERNAME", "admin"),
            password=env.get("CORE_PASSWORD", "datarhei"),
            memfs_username=env.get("CORE_MEMFS_USERNAME", "memfs"),
            memfs_password=env.get("CORE_MEMFS_PASSWORD", "datarhei"),
            rtmp=env.get(f"CORE_RTMP{suffix}"),
            rtmp_token=env.get("CORE_RTMP_TOKEN"),
            srt=env.get(f"CORE_SRT{suffix}"),
            srt_token=env.get("CORE_SRT_TOKEN"),
            log=Path(log) if log else None,
        )


def read_env_file(path: Path) -> dict[str, str]:
    """`start`'s env file: KEY=VALUE lines, values shell-quoted where needed."""
    env: dict[str, str] = {}
    for line in path.read_text().splitlines():
        key, sep, raw = line.partition("=")
        if sep:
            words = shlex.split(raw)
            env[key] = words[0] if words else ""
    return env


def _prefix(name: str) -> str:
    return "CORE_" + name.upper().replace(".", "_") + "_"


def given(name: str) -> list[Server] | None:
    """Servers started elsewhere and named by environment variables, if any."""
    prefix = _prefix(name)
    env_file = os.environ.get(f"{prefix}ENV")
    version = "vod" if name == CLUSTER else name
    if env_file:
        env = read_env_file(Path(env_file))
        if name == CLUSTER:
            count = int(env.get("CORE_NODES", "1"))
            return [Server.from_env(env, version, f"_{i}") for i in range(1, count + 1)]
        return [Server.from_env(env, version)]
    urls = os.environ.get(f"{prefix}URLS" if name == CLUSTER else f"{prefix}URL")
    if not urls:
        return None
    credentials = {
        "CORE_USERNAME": os.environ.get(f"{prefix}USERNAME", "admin"),
        "CORE_PASSWORD": os.environ.get(f"{prefix}PASSWORD", "datarhei"),
        "CORE_MEMFS_USERNAME": os.environ.get(f"{prefix}MEMFS_USERNAME", "memfs"),
        "CORE_MEMFS_PASSWORD": os.environ.get(f"{prefix}MEMFS_PASSWORD", "datarhei"),
    }
    return [
        Server.from_env({**credentials, "CORE_URL": url.strip()}, version)
        for url in urls.split(",")
        if url.strip()
    ]


def kit_folder() -> Path | None:
    """Core's test kit (start/stop scripts and binaries), if this machine has it."""
    configured = os.environ.get("CORE_KIT")
    kit = Path(configured) if configured else SHARED / "core"
    return kit if (kit / "start").is_file() and (kit / "bin").is_dir() else None


class Unavailable(Exception):
    """No server of this name can be had here (not a failure unless CORE_REQUIRE_REAL)."""


class ServerPool:
    """Starts the servers a session needs (in parallel, once) and stops them at its end."""

    def __init__(self) -> None:
        self._kit = kit_folder()
        self._executor = ThreadPoolExecutor(max_workers=len(VERSIONS) + 1)
        self._started: dict[str, Future[list[Server]]] = {}
        self._folders: list[Path] = []
        self._lock = threading.Lock()
        self._guard: subprocess.Popen[str] | None = None

    def prepare(self, names: set[str]) -> None:
        """Start what these names need in the background (collection knows them all)."""
        for name in sorted(names):
            self._future(name)

    def servers(self, name: str) -> list[Server]:
        """The running servers of `name` (one, or the cluster's nodes); waits for the start."""
        return self._future(name).result()

    def _future(self, name: str) -> Future[list[Server]]:
        with self._lock:
            if name not in self._started:
                self._started[name] = self._executor.submit(self._provide, name)
            return self._started[name]

    def _provide(self, name: str) -> list[Server]:
        elsewhere = given(name)
        if elsewhere is not None:
            return elsewhere
        if self._kit is None:
            raise Unavailable(HOW_TO_RUN)
        if name == CLUSTER:
            return self.launch("vod", CLUSTER_NODES)[1]
        return self.launch(name)[1]

    def launch(self, version: str, nodes: int = 0) -> tuple[Path, list[Server]]:
        """Start one server (or a cluster of `nodes`) from the kit into a new folder; stopped
        with the session at the latest."""
        assert self._kit is not None
        # A folder that `start` creates itself, so that `stop --rm` removes it again.
        folder = Path(tempfile.mkdtemp(prefix=f"core-client-{version}-")) / "core"
        with self._lock:
            self._folders.append(folder)
            guard = self._watchdog().stdin
            assert guard is not None
            guard.write(f"{folder}\n")
            guard.flush()
        command = [str(self._kit / "start"), version, str(folder)]
        if nodes:
            command += ["--cluster", str(nodes)]
        started = _run_kit(command)
        if started.returncode != 0:
            # A kit that is there but cannot start a server is a failure, not a skip.
            raise RuntimeError(
                f"{' '.join(command)} failed ({started.returncode}):\n{started.stderr[-4000:]}"
            )
        env = read_env_file(folder / "env")
        if nodes:
            return folder, [Server.from_env(env, version, f"_{i}") for i in range(1, nodes + 1)]
        return folder, [Server.from_env(env, version)]

    def _watchdog(self) -> subprocess.Popen[str]:
        """A process of its own that stops the servers if this one dies without stopping them
        (killed, or a SIGTERM that skips pytest's clean-up): it waits for its standard input
        to close, which happens however this process ends, then stops every folder it was
        told of. After a clean session it finds them stopped already."""
        if self._guard is None:
            assert self._kit is not None
            self._guard = subprocess.Popen(
                [sys.executable, "-c", _WATCHDOG, str(self._kit / "stop")],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
                start_new_session=True,  # not hit by a Ctrl-C or kill of pytest's process group
            )
        return self._guard

    def stop_all(self) -> None:
        for future in self._started.values():
            future.cancel()
        self._executor.shutdown(wait=True)
        for folder in self._folders:
            stop(self._kit, folder)
        if self._guard is not None:
            self._guard.communicate()  # closes its stdin; it has nothing left to stop


def stop(kit: Path | None, folder: Path) -> None:
    """Stop what `start` started into `folder` and remove it with its temporary parent."""
    if kit is not None:
        _run_kit([str(kit / "stop"), str(folder), "--rm"])
    shutil.rmtree(folder.parent, ignore_errors=True)


def _run_kit(command: list[str]) -> subprocess.CompletedProcess[str]:
    """A script of the kit, run to its end. An exec the system refuses for a moment is tried
    again until EXEC_SECONDS have passed: the script never ran, so nothing was started."""
    deadline = time.monotonic() + EXEC_SECONDS
    while True:
        try:
            return subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as error:
            if error.errno not in TRANSIENT_EXEC_ERRORS or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


_WATCHDOG = """
import pathlib, shutil, subprocess, sys, time
folders = [line.strip() for line in sys.stdin if line.strip()]
for folder in folders:
    # A `start` still running into the folder would leave its server up after the stop.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and subprocess.run(
        ["pgrep", "-f", "start .* " + folder], capture_output=True
    ).returncode == 0:
        time.sleep(0.5)
    if pathlib.Path(folder).exists():
        subprocess.run([sys.argv[1], folder, "--rm"], capture_output=True, check=False)
    shutil.rmtree(pathlib.Path(folder).parent, ignore_errors=True)
"""


@dataclass(frozen=True)
class RealCore(Server):
    """One running Core, for one test: its connection data (typed, as `Server`'s) and clients
    of it."""

    _opened: list[Client] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def of(cls, server: Server) -> RealCore:
        return cls(**{f.name: getattr(server, f.name) for f in fields(Server)})

    def client(self, **options: Any) -> Client:
        """A client of this server logged in as the admin; closed when the test ends."""
        options.setdefault("transport", real_coverage.RecordingTransport(self.version))
        made = Client(self.url, self.username, self.password, **options)
        self._opened.append(made)
        return made

    def async_client(self, **options: Any) -> AsyncClient:
        """An async client of this server (close it with `async with`)."""
        options.setdefault("transport", real_coverage.AsyncRecordingTransport(self.version))
        return AsyncClient(self.url, self.username, self.password, **options)

    def close(self) -> None:
        for opened in self._opened:
            opened.close()


@dataclass
class RealCluster:
    """The nodes of one running vod cluster, node 1 first."""

    nodes: list[RealCore]

    def client(self, node: int = 0, **options: Any) -> Client:
        return self.nodes[node].client(**options)

    def async_client(self, node: int = 0, **options: Any) -> AsyncClient:
        return self.nodes[node].async_client(**options)


_HERE = str(Path(__file__).relative_to(ROOT))
_POOL_KEY = pytest.StashKey[ServerPool]()
_LOGS_KEY = pytest.StashKey[list[tuple[str, Path]]]()


def _pool(config: pytest.Config) -> ServerPool:
    return config.stash[_POOL_KEY]


def _servers(request: pytest.FixtureRequest, name: str) -> list[Server]:
    try:
        servers = _pool(request.config).servers(name)
    except Unavailable as unavailable:
        if os.environ.get("CORE_REQUIRE_REAL") == "1":
            pytest.fail(f"CORE_REQUIRE_REAL=1 but {unavailable}", pytrace=False)
        pytest.skip(HOW_TO_RUN)
    logs = request.node.stash.setdefault(_LOGS_KEY, [])
    for number, server in enumerate(servers, start=1):
        if server.log is not None:
            label = name if len(servers) == 1 else f"{name} node {number}"
            logs.append((label, server.log))
    return servers


@contextmanager
def real_core_of(request: pytest.FixtureRequest, version: str) -> Iterator[RealCore]:
    """The server of `version` for this test (for fixtures that choose it themselves)."""
    core = RealCore.of(_servers(request, version)[0])
    try:
        yield core
    finally:
        core.close()


@pytest.fixture
def real_core(request: pytest.FixtureRequest) -> Iterator[RealCore]:
    """A real single Core; the test runs once per version (see `core_versions`)."""
    with real_core_of(request, request.param) as core:
        yield core


@contextmanager
def real_cluster_of(request: pytest.FixtureRequest) -> Iterator[RealCluster]:
    """The session's cluster (for fixtures of a wider scope than one test)."""
    cluster = RealCluster([RealCore.of(server) for server in _servers(request, CLUSTER)])
    try:
        yield cluster
    finally:
        for node in cluster.nodes:
            node.close()


@contextmanager
def own_cluster(request: pytest.FixtureRequest, nodes: int) -> Iterator[RealCluster]:
    """A vod cluster of `nodes` nodes for one test that changes its membership (a node that
    leaves exits), started from the kit and stopped afterwards; skips without the kit."""
    kit = kit_folder()
    if kit is None:
        if os.environ.get("CORE_REQUIRE_REAL") == "1":
            pytest.fail(f"CORE_REQUIRE_REAL=1 but {HOW_TO_RUN}", pytrace=False)
        pytest.skip(HOW_TO_RUN)
    folder, servers = _pool(request.config).launch("vod", nodes)
    cluster = RealCluster([RealCore.of(server) for server in servers])
    try:
        yield cluster
    finally:
        for node in cluster.nodes:
            node.close()
        stop(kit, folder)


@pytest.fixture
def real_cluster(request: pytest.FixtureRequest) -> Iterator[RealCluster]:
    """The 3-node vod cluster of this session."""
    with real_cluster_of(request) as cluster:
        yield cluster


def versions_of(metafunc: pytest.Metafunc) -> tuple[str, ...]:
    """The single servers a test runs on: all, or those of its `core_versions` mark."""
    marker = metafunc.definition.get_closest_marker("core_versions")
    if marker is None:
        return VERSIONS
    unknown = set(marker.args) - set(VERSIONS)
    if unknown:
        raise pytest.UsageError(f"core_versions: unknown version(s) {sorted(unknown)}")
    return tuple(marker.args)


# --- hooks ----------------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_POOL_KEY] = ServerPool()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "real_core" in metafunc.fixturenames:
        versions = versions_of(metafunc)
        metafunc.parametrize("real_core", versions, indirect=True, ids=list(versions))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    needed: set[str] = set()
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        callspec = getattr(item, "callspec", None)
        if "real_core" in fixtures and callspec is not None:
            needed.add(callspec.params["real_core"])
        if "real_cluster" in fixtures:
            needed.add(CLUSTER)
    _pool(config).prepare(needed)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and isinstance(report.longrepr, tuple) and HOW_TO_RUN in report.longrepr[2]:
        # One place for every such skip, so that the summary says it in one line.
        report.longrepr = (_HERE, None, report.longrepr[2])  # type: ignore[assignment]
    if report.failed:
        for label, log in item.stash.get(_LOGS_KEY, []):
            report.sections.append((f"Core log ({label}), last lines", _tail(log)))


def pytest_runtest_setup(item: pytest.Item) -> None:
    real_coverage.current_test = item.nodeid


def pytest_sessionfinish(session: pytest.Session) -> None:
    _pool(session.config).stop_all()


def _tail(log: Path) -> str:
    try:
        lines = log.read_text(errors="replace").splitlines()
    except OSError as error:
        return f"(cannot read {log}: {error})"
    return "\n".join(lines[-LOG_TAIL_LINES:])
