"""The pinned Core versions of openapi/versions.toml."""

import tomllib
from dataclasses import dataclass

from scripts.paths import OPENAPI_DIR

VERSIONS_FILE = OPENAPI_DIR / "versions.toml"


@dataclass(frozen=True)
class PinnedSpec:
    """One supported Core version: where its spec comes from and the checksum it must have."""

    name: str
    ref: str
    commit: str
    url: str
    mirror_file: str
    sha256: str


def _load() -> tuple[str, dict[str, PinnedSpec]]:
    pins = tomllib.loads(VERSIONS_FILE.read_text())
    versions = {name: PinnedSpec(name=name, **pin) for name, pin in pins["versions"].items()}
    default: str = pins["default"]
    return default, versions


DEFAULT_VERSION, VERSIONS = _load()


def pinned(name: str) -> PinnedSpec:
    try:
        return VERSIONS[name]
    except KeyError:
        known = ", ".join(VERSIONS)
        raise SystemExit(f"unknown Core version {name!r}; pinned versions: {known}") from None
