"""Pull one Core version's Swagger 2.0 spec into .spec/<version>/swagger.json.

Sources, in order of precedence:
- a running Core (`--core-url`): Core serves its own spec at /api/swagger/doc.json (echo-swagger
  behind the /api/swagger/* route). Not checksummed: it is whatever that server runs. v16 serves
  it to anyone, vod only to a logged-in user: on 401/403 this logs in with CORE_USERNAME and
  CORE_PASSWORD from the environment and asks again with the token.
- a folder holding the pinned files (`--mirror`, SPEC_MIRROR in make): no network needed.
- the pinned upstream address of openapi/versions.toml.
A mirror or upstream file whose sha256 differs from the pin is refused, never used.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

import httpx

from scripts.paths import swagger_file
from scripts.versions import DEFAULT_VERSION, PinnedSpec, pinned

CORE_SPEC_PATH = "/api/swagger/doc.json"


class ChecksumMismatch(Exception):
    """A pulled spec is not the pinned one."""


class PullFailed(Exception):
    """The spec could not be fetched."""


def _download(url: str) -> bytes:
    try:
        response = httpx.get(url, follow_redirects=True, timeout=60)
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise PullFailed(
            f"cannot download {url}: {error} (offline? SPEC_MIRROR=<folder with the pinned files>)"
        ) from None
    return response.content


def _from_core(core_url: str, username: str | None, password: str | None) -> bytes:
    """The spec a running Core serves, logging in first where the server asks for it."""
    base = core_url.rstrip("/")
    url = base + CORE_SPEC_PATH
    try:
        with httpx.Client(timeout=60) as http:
            response = http.get(url)
            if response.status_code in (401, 403):
                if not (username and password):
                    raise PullFailed(
                        f"{url} answered {response.status_code}: this Core serves its spec only "
                        "to a logged-in user; set CORE_USERNAME and CORE_PASSWORD"
                    )
                login = http.post(
                    base + "/api/login", json={"username": username, "password": password}
                )
                if not login.is_success:
                    raise PullFailed(
                        f"{base}/api/login refused user {username!r} ({login.status_code}): "
                        "check CORE_USERNAME and CORE_PASSWORD"
                    )
                token = login.json().get("access_token")
                response = http.get(url, headers={"Authorization": f"Bearer {token}"})
            response.raise_for_status()
    except (httpx.HTTPError, ValueError) as error:
        raise PullFailed(f"cannot download {url}: {error}") from None
    return response.content


def verified(pin: PinnedSpec, data: bytes, source: str) -> bytes:
    """data, if its sha256 is the pinned one; otherwise a ChecksumMismatch naming both."""
    digest = hashlib.sha256(data).hexdigest()
    if digest != pin.sha256:
        raise ChecksumMismatch(
            f"spec of Core {pin.name} from {source} has sha256 {digest}, but openapi/versions.toml "
            f"pins {pin.sha256}. Refusing to use it: check the source, or re-pin deliberately."
        )
    return data


def pull(version: str, mirror: Path | None = None, core_url: str | None = None) -> Path:
    """Write the spec of one version to its build folder and return the file's path."""
    pin = pinned(version)
    target = swagger_file(version)
    if core_url:
        data = _from_core(
            core_url, os.environ.get("CORE_USERNAME"), os.environ.get("CORE_PASSWORD")
        )
    elif mirror is not None:
        source = mirror / pin.mirror_file
        data = verified(pin, source.read_bytes(), str(source))
    elif target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == pin.sha256:
        return target  # pulled before and still the pinned file: nothing to download
    else:
        data = verified(pin, _download(pin.url), pin.url)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", default=DEFAULT_VERSION, help="pinned Core version")
    parser.add_argument("--mirror", type=Path, default=None, help="folder with the pinned files")
    parser.add_argument("--core-url", default=None, help="pull from this running Core instead")
    args = parser.parse_args(argv)
    try:
        target = pull(args.version, mirror=args.mirror or None, core_url=args.core_url or None)
    except (ChecksumMismatch, PullFailed, OSError) as error:
        print(f"make spec: {error}", file=sys.stderr)
        return 1
    print(f"spec of Core {args.version}: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
