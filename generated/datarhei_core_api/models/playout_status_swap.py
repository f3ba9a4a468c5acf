from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayoutStatusSwap")


@_attrs_define
class PlayoutStatusSwap:
    """
    Attributes:
        lasterror (str | Unset):
        lasturl (str | Unset):
        status (str | Unset):
        url (str | Unset):
    """

    lasterror: str | Unset = UNSET
    lasturl: str | Unset = UNSET
    status: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lasterror = self.lasterror

        lasturl = self.lasturl

        status = self.status

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lasterror is not UNSET:
            field_dict["lasterror"] = lasterror
        if lasturl is not UNSET:
            field_dict["lasturl"] = lasturl
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lasterror = d.pop("lasterror", UNSET)

        lasturl = d.pop("lasturl", UNSET)

        status = d.pop("status", UNSET)

        url = d.pop("url", UNSET)

        playout_status_swap = cls(
            lasterror=lasterror,
            lasturl=lasturl,
            status=status,
            url=url,
        )

        playout_status_swap.additional_properties = d
        return playout_status_swap

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
