"""The fields the overlay marks required are what every real Core answer carries.

A field marked required is typed without None and missing from an answer is a
ResponseValidationError, so the `required_in_practice` rule of openapi/overlay.toml must hold
for every response recorded from the real servers of every pinned version.
"""

from __future__ import annotations

import pytest

from scripts.overlay import load_rules
from scripts.required_fields import evidence
from scripts.versions import DEFAULT_VERSION
from tests.support.shared import FIXTURES, needs

needs(FIXTURES, "recorded real exchanges, the evidence of what Core always sends")

(RULE,) = [rule for rule in load_rules(DEFAULT_VERSION) if rule["kind"] == "required_in_practice"]
SEEN = evidence(FIXTURES)


@pytest.mark.parametrize("schema", sorted(RULE["properties"]))
def test_a_required_field_is_in_every_recorded_answer_and_never_null(schema: str) -> None:
    seen = SEEN.get(schema)
    assert seen is not None, f"no recorded answer has a {schema}: no evidence"
    missing = sorted(set(RULE["properties"][schema]) - set(seen.always_sent()))
    assert missing == [], f"{schema}: absent or null in some of {seen.instances} answers"
    # One answer proves little: evidence is a schema seen in several answers.
    assert seen.instances >= 3
    assert DEFAULT_VERSION in seen.versions


def test_the_process_fields_a_filter_drops_stay_optional() -> None:
    # GET /api/v3/process?filter=state answers processes without config, report, metadata.
    assert not {"config", "state", "report", "metadata"} & set(RULE["properties"]["Process"])
