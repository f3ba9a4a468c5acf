"""`make spec` refuses a spec that is not the pinned one, with a message saying why."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import scripts.spec
from scripts.paths import swagger_file
from scripts.spec import ChecksumMismatch, PullFailed, pull
from scripts.versions import pinned
from tests.support.loopback import LoopbackServer, request_body, send
from tests.support.shared import SPEC_MIRROR


def _pinned_bytes(version: str) -> bytes:
    """The pinned spec file of a version, as `make spec` pulls it (mirror or upstream)."""
    return pull(version, mirror=SPEC_MIRROR).read_bytes()


def test_a_tampered_mirror_file_is_refused_and_not_used(tmp_path: Path) -> None:
    pin = pinned("v16.10.0")
    original = _pinned_bytes(pin.name)
    (tmp_path / pin.mirror_file).write_bytes(original.replace(b"datarhei", b"DATARHEI", 1))
    before = swagger_file(pin.name).read_bytes() if swagger_file(pin.name).exists() else None

    with pytest.raises(ChecksumMismatch, match=pin.sha256):
        pull(pin.name, mirror=tmp_path)

    after = swagger_file(pin.name).read_bytes() if swagger_file(pin.name).exists() else None
    assert after == before


def test_the_pinned_mirror_file_is_accepted(tmp_path: Path) -> None:
    pin = pinned("v16.10.0")
    (tmp_path / pin.mirror_file).write_bytes(_pinned_bytes(pin.name))

    target = pull(pin.name, mirror=tmp_path)

    assert target.read_bytes() == (tmp_path / pin.mirror_file).read_bytes()


def test_without_a_mirror_the_spec_pulled_before_is_used_if_it_is_still_the_pinned_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pin = pinned("v16.10.0")
    pinned_file = _pinned_bytes(pin.name)
    downloads: list[str] = []

    def download(url: str) -> bytes:
        downloads.append(url)
        return pinned_file

    monkeypatch.setattr(scripts.spec, "_download", download)
    assert pull(pin.name).read_bytes() == pinned_file
    assert downloads == []  # offline after one pull

    swagger_file(pin.name).write_bytes(pinned_file + b" ")  # no longer the pinned file
    assert pull(pin.name).read_bytes() == pinned_file
    assert downloads == [pin.url]


class _TokenOnlySpec(BaseHTTPRequestHandler):
    """A Core that serves its spec only with a token (vod), as /api/login hands it out."""

    def do_POST(self) -> None:
        login = json.loads(request_body(self))
        if login == {"username": "admin", "password": "s3cret"}:
            send(self, 200, json.dumps({"access_token": "tok", "refresh_token": "r"}).encode())
        else:
            send(self, 403, b'{"code":403,"message":"Forbidden"}')

    def do_GET(self) -> None:
        if self.headers.get("Authorization") == "Bearer tok":
            send(self, 200, b'{"swagger": "2.0"}')
        else:
            send(self, 403, b'{"code":403,"message":"Forbidden","details":["access denied"]}')

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def build_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pulls land in a temporary folder, not in the .spec/ that generated/ is built from."""
    monkeypatch.setattr(scripts.spec, "swagger_file", lambda version: tmp_path / version / "s.json")
    return tmp_path


@pytest.mark.usefixtures("build_folder")
def test_a_core_that_serves_its_spec_only_to_a_user_gets_a_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CORE_USERNAME", "admin")
    monkeypatch.setenv("CORE_PASSWORD", "s3cret")
    with LoopbackServer(_TokenOnlySpec) as server:
        target = pull("vod", core_url=server.url)

    assert target.read_bytes() == b'{"swagger": "2.0"}'


@pytest.mark.usefixtures("build_folder")
@pytest.mark.parametrize(("username", "expected"), [("", "set CORE_USERNAME"), ("eve", "'eve'")])
def test_without_working_credentials_the_message_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, username: str, expected: str
) -> None:
    monkeypatch.setenv("CORE_USERNAME", username)
    monkeypatch.setenv("CORE_PASSWORD", "wrong-password")
    with LoopbackServer(_TokenOnlySpec) as server, pytest.raises(PullFailed) as failed:
        pull("vod", core_url=server.url)

    assert expected in str(failed.value)
    assert "wrong-password" not in str(failed.value)
