from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.s3_storage_auth import S3StorageAuth


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_key_id",
        "auth",
        "bucket",
        "endpoint",
        "mountpoint",
        "name",
        "region",
        "secret_access_key",
        "use_ssl",
    }
)

_CONVERT_AUTH = _types.model_of("S3StorageAuth")


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class S3Storage:
    """
    Attributes:
        access_key_id (str | None):
        auth (S3StorageAuth | None):
        bucket (str | None):
        endpoint (str | None):
        mountpoint (str | None):
        name (str | None):
        region (str | None):
        secret_access_key (str | None):
        use_ssl (bool | None):
    """

    access_key_id: str | None = None
    auth: S3StorageAuth | None = None
    bucket: str | None = None
    endpoint: str | None = None
    mountpoint: str | None = None
    name: str | None = None
    region: str | None = None
    secret_access_key: str | None = _attrs_field(default=None, repr=_redacted)
    use_ssl: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access_key_id = self.access_key_id
        if access_key_id is not None:
            field_dict["access_key_id"] = access_key_id
        auth = self.auth
        if auth is not None:
            field_dict["auth"] = auth.to_dict()
        bucket = self.bucket
        if bucket is not None:
            field_dict["bucket"] = bucket
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        mountpoint = self.mountpoint
        if mountpoint is not None:
            field_dict["mountpoint"] = mountpoint
        name = self.name
        if name is not None:
            field_dict["name"] = name
        region = self.region
        if region is not None:
            field_dict["region"] = region
        secret_access_key = self.secret_access_key
        if secret_access_key is not None:
            field_dict["secret_access_key"] = secret_access_key
        use_ssl = self.use_ssl
        if use_ssl is not None:
            field_dict["use_ssl"] = use_ssl
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("access_key_id")
        if value is None:
            if "access_key_id" in src_dict:
                _types.absent(src_dict, "access_key_id", False, False, strict, _KNOWN_KEYS)
            model_.access_key_id = None
        elif value.__class__ is str:
            model_.access_key_id = value
        else:
            model_.access_key_id = _types.fit(
                _types.STRING, src_dict, "access_key_id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("auth")
        if value is None:
            if "auth" in src_dict:
                _types.absent(src_dict, "auth", False, False, strict, _KNOWN_KEYS)
            model_.auth = None
        elif value.__class__ is dict:
            try:
                model_.auth = _models.S3StorageAuth._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("auth", src_dict) from None
        else:
            model_.auth = _types.fit(
                _CONVERT_AUTH, src_dict, "auth", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("bucket")
        if value is None:
            if "bucket" in src_dict:
                _types.absent(src_dict, "bucket", False, False, strict, _KNOWN_KEYS)
            model_.bucket = None
        elif value.__class__ is str:
            model_.bucket = value
        else:
            model_.bucket = _types.fit(
                _types.STRING, src_dict, "bucket", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("endpoint")
        if value is None:
            if "endpoint" in src_dict:
                _types.absent(src_dict, "endpoint", False, False, strict, _KNOWN_KEYS)
            model_.endpoint = None
        elif value.__class__ is str:
            model_.endpoint = value
        else:
            model_.endpoint = _types.fit(
                _types.STRING, src_dict, "endpoint", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("mountpoint")
        if value is None:
            if "mountpoint" in src_dict:
                _types.absent(src_dict, "mountpoint", False, False, strict, _KNOWN_KEYS)
            model_.mountpoint = None
        elif value.__class__ is str:
            model_.mountpoint = value
        else:
            model_.mountpoint = _types.fit(
                _types.STRING, src_dict, "mountpoint", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("region")
        if value is None:
            if "region" in src_dict:
                _types.absent(src_dict, "region", False, False, strict, _KNOWN_KEYS)
            model_.region = None
        elif value.__class__ is str:
            model_.region = value
        else:
            model_.region = _types.fit(
                _types.STRING, src_dict, "region", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("secret_access_key")
        if value is None:
            if "secret_access_key" in src_dict:
                _types.absent(src_dict, "secret_access_key", False, False, strict, _KNOWN_KEYS)
            model_.secret_access_key = None
        elif value.__class__ is str:
            model_.secret_access_key = value
        else:
            model_.secret_access_key = _types.fit(
                _types.STRING,
                src_dict,
                "secret_access_key",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("use_ssl")
        if value is None:
            if "use_ssl" in src_dict:
                _types.absent(src_dict, "use_ssl", False, False, strict, _KNOWN_KEYS)
            model_.use_ssl = None
        elif value.__class__ is bool:
            model_.use_ssl = value
        else:
            model_.use_ssl = _types.fit(
                _types.BOOLEAN, src_dict, "use_ssl", value, False, False, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
        return model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
