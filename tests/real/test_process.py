"""Processes on real servers: every /api/v3/process operation, through the library."""

from __future__ import annotations

import uuid

import pytest

from core_client.exceptions import NotFoundError
from tests.real import poll
from tests.real.fields import assert_fields_known
from tests.real.processes import delete_quietly, new_id, process_config, running_process
from tests.support.real_servers import RealCore


def test_a_process_goes_through_its_life_on_every_version(real_core: RealCore) -> None:
    client = real_core.client()
    with running_process(client) as process_id:
        state = client.v3_process_get_state(process_id)
        assert_fields_known(state)
        assert "testsrc=size=64x48:rate=5" in state.to_dict()["command"]

        process = client.v3_process_get(process_id)
        assert_fields_known(process)
        assert (process.id, process.reference) == (process_id, f"ref-{process_id}")
        assert process.to_dict()["state"]["exec"] == "running"

        # `filter` narrows the answer to the parts asked for.
        narrowed = client.v3_process_get(process_id, filter="config").to_dict()
        assert narrowed["config"]["id"] == process_id
        assert "state" not in narrowed

        (listed,) = client.v3_process_get_list(idpattern=process_id)
        assert_fields_known(listed)
        assert listed.id == process_id

        config = client.v3_process_get_config(process_id)
        assert_fields_known(config)
        assert config.to_dict()["input"][0]["address"] == "testsrc=size=64x48:rate=5"

        probe = client.v3_process_get_probe(process_id)
        assert_fields_known(probe)
        (stream,) = probe.to_dict()["streams"]
        assert (stream["type"], stream["width"], stream["height"]) == ("video", 64, 48)

        assert client.v3_process_put_command(process_id, "stop") == "OK"
        poll.until(
            lambda: client.v3_process_get_state(process_id).to_dict()["exec"] == "finished",
            f"{process_id} to stop",
        )
        report = client.v3_process_get_report_list(process_id)
        assert_fields_known(report)
        # The run's log is the current one (v16) or, once it exited, in the history (vod).
        runs = [report.to_dict(), *report.to_dict().get("history", [])]
        assert any("ffmpeg version" in line[1] for run in runs for line in run.get("log", []))

        updated = client.v3_process_put(
            process_id, process_config(process_id, reference="updated", autostart=False)
        )
        assert_fields_known(updated)
        assert client.v3_process_get(process_id).reference == "updated"

        assert client.v3_process_delete(process_id) == "OK"
        with pytest.raises(NotFoundError):
            client.v3_process_get(process_id)


def test_metadata_of_a_process_and_of_the_core_round_trip(real_core: RealCore) -> None:
    client = real_core.client()
    process_id = new_id()
    value = {"note": process_id, "list": [1, "two", None], "nested": {"ok": True}}
    client.v3_process_post(process_config(process_id, autostart=False))
    try:
        assert client.v3_process_put_metadata(process_id, "realops", value) == value
        assert client.v3_process_get_metadata(process_id, "realops") == value
    finally:
        delete_quietly(client, process_id)
    key = f"realops-{uuid.uuid4().hex[:8]}"
    assert client.v3_metadata_put(key, value) == value
    assert client.v3_metadata_get(key) == value


def test_the_widget_shows_a_running_process_anonymously_readable_data(real_core: RealCore) -> None:
    client = real_core.client()
    with running_process(client) as process_id:
        widget = client.v3_widget_get_process(process_id)
        assert_fields_known(widget)
        assert widget.to_dict()["current_sessions"] == 0


@pytest.mark.core_versions("vod")
def test_a_config_is_validated_and_probed_before_it_is_added(real_core: RealCore) -> None:
    client = real_core.client()
    process_id = new_id()
    # SPEC_DIFFS 18: validate answers the normalized config (the overlay declares it so).
    validated = client.v3_process_post_validate(process_config(process_id))
    assert_fields_known(validated)
    assert validated.to_dict()["id"] == process_id
    probe = client.v3_process_post_probe(process_config(process_id))
    assert_fields_known(probe)
    assert [stream["codec"] for stream in probe.to_dict()["streams"]] == ["rawvideo"]
    # Neither adds the process.
    with pytest.raises(NotFoundError):
        client.v3_process_get(process_id)


@pytest.mark.core_versions("vod")
def test_a_report_history_is_searched_and_replaced(real_core: RealCore) -> None:
    client = real_core.client()
    with running_process(client) as process_id:
        client.v3_process_put_command(process_id, "stop")
        poll.until(
            lambda: client.v3_process_get_report_list(process_id).to_dict().get("history"),
            f"a history entry of {process_id}",
        )
        (found,) = client.v3_process_get_report(idpattern=process_id)
        assert_fields_known(found)
        assert (found.id, found.reference) == (process_id, f"ref-{process_id}")
        assert found.to_dict()["exit_state"] == "finished"

        report = client.v3_process_get_report_list(process_id).to_dict()
        (entry,) = report["history"]
        entry["log"] = [[str(entry["created_at"]), "written back by the test"]]
        assert client.v3_process_put_report(process_id, report) == "OK"
        (written,) = client.v3_process_get_report_list(process_id).to_dict()["history"]
        assert [line[1] for line in written["log"]] == ["written back by the test"]
