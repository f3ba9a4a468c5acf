"""`make spec` refuses a spec that is not the pinned one, with a message saying why."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.paths import swagger_file
from scripts.spec import ChecksumMismatch, pull
from scripts.versions import pinned
from tests.generation.conftest import SPEC_MIRROR


def test_a_tampered_mirror_file_is_refused_and_not_used(tmp_path: Path) -> None:
    pin = pinned("v16.10.0")
    original = (SPEC_MIRROR / pin.mirror_file).read_bytes()
    (tmp_path / pin.mirror_file).write_bytes(original.replace(b"datarhei", b"DATARHEI", 1))
    before = swagger_file(pin.name).read_bytes() if swagger_file(pin.name).exists() else None

    with pytest.raises(ChecksumMismatch, match=pin.sha256):
        pull(pin.name, mirror=tmp_path)

    after = swagger_file(pin.name).read_bytes() if swagger_file(pin.name).exists() else None
    assert after == before


def test_the_pinned_mirror_file_is_accepted() -> None:
    pin = pinned("v16.10.0")

    target = pull(pin.name, mirror=SPEC_MIRROR)

    assert target.read_bytes() == (SPEC_MIRROR / pin.mirror_file).read_bytes()
