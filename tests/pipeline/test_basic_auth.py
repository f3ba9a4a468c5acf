"""`metrics_get(basic_auth=...)`: vod's /metrics wants HTTP Basic of an IAM user, not a token."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest

from core_client import Client, ValidationError

PASSWORD = "scrape-pw"
SECRET_FORMS = (PASSWORD, base64.b64encode(f"scraper:{PASSWORD}".encode()).decode())


def metrics_core(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="core_uptime_seconds 1\n")

    return httpx.MockTransport(answer)


def test_basic_auth_goes_instead_of_the_token_and_is_never_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[httpx.Request] = []
    with (
        Client("http://core", access_token="tok", transport=metrics_core(seen)) as client,
        caplog.at_level(logging.DEBUG, logger="core_client"),
    ):
        assert client.metrics_get(basic_auth=("scraper", PASSWORD)) == "core_uptime_seconds 1\n"
        client.metrics_get()

    with_credentials, anonymous = seen
    assert with_credentials.headers["Authorization"] == f"Basic {SECRET_FORMS[1]}"
    assert "Authorization" not in anonymous.headers
    logged = caplog.text + "".join(str(record.__dict__) for record in caplog.records)
    assert "GET /metrics -> 200" in logged
    assert not any(secret in logged for secret in SECRET_FORMS)


@pytest.mark.parametrize(
    "credentials",
    [("scraper",), ("scraper", PASSWORD, "x"), ["scraper", PASSWORD], (None, PASSWORD)],
)
def test_a_bad_pair_is_refused_before_sending_without_showing_it(credentials: object) -> None:
    seen: list[httpx.Request] = []
    with (
        Client("http://core", transport=metrics_core(seen)) as client,
        pytest.raises(ValidationError, match="basic_auth") as refused,
    ):
        client.metrics_get(basic_auth=credentials)  # type: ignore[arg-type]

    assert seen == []
    assert PASSWORD not in str(refused.value)
