"""IAM users and policies on a real vod Core (v16 has no IAM API)."""

from __future__ import annotations

import uuid
from contextlib import suppress

import pytest

from core_client import Client
from core_client.exceptions import NotFoundError
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCore


def policy(resource: str, types: list[str], actions: list[str]) -> dict[str, object]:
    return {"domain": "$none", "resource": resource, "types": types, "actions": actions}


@pytest.mark.core_versions("vod")
def test_a_user_is_created_logs_in_is_changed_and_deleted(real_core: RealCore) -> None:
    client = real_core.client()
    name = f"realops-{uuid.uuid4().hex[:8]}"
    password = uuid.uuid4().hex
    user = {
        "name": name,
        "alias": f"{name}-alias",
        "superuser": False,
        "auth": {"api": {"userpass": password}, "services": {"basic": [password]}},
        # vod checks every request against the policies: login needs an `api` policy.
        "policies": [policy("/api/**", ["api"], ["GET", "POST", "PUT", "DELETE"])],
    }
    try:
        created = client.v3_iam_post_user(user)
        assert_fields_known(created)
        assert (created.name, created.alias) == (name, f"{name}-alias")

        with Client(real_core.url, name, password, retries=0) as as_user:
            # It may use the API, and sees no process: it owns none and has no process policy.
            assert as_user.v3_process_get_list() == []

        fetched = client.v3_iam_get_user(name)
        assert_fields_known(fetched)
        assert fetched.to_dict()["auth"]["services"]["basic"] == [password]
        assert name in {listed.name for listed in client.v3_iam_get_user_list()}
        assert_fields_known(client.v3_iam_get_user_list())

        changed = client.v3_iam_put_user(name, {**user, "alias": "renamed"})
        assert_fields_known(changed)
        assert client.v3_iam_get_user(name).alias == "renamed"

        policies = [
            policy("/api/**", ["api"], ["GET"]),
            policy("realops-*", ["process"], ["GET"]),
        ]
        written = client.v3_iam_put_user_policy(name, policies)
        assert_fields_known(written)
        stored = client.v3_iam_get_user(name).to_dict()["policies"]
        # Core stores actions in lower case.
        assert sorted((item["resource"], tuple(item["actions"])) for item in stored) == [
            ("/api/**", ("get",)),
            ("realops-*", ("get",)),
        ]

        assert client.v3_iam_delete_user(name) == "OK"
        with pytest.raises(NotFoundError):
            client.v3_iam_get_user(name)
    finally:
        with suppress(NotFoundError):
            client.v3_iam_delete_user(name)
