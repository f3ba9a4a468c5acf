"""JSON shapes of Core's API, as the spec describes them, and the check of a value against one.

The generated models' `from_dict` trusts its input: a missing field raises a bare `KeyError`,
a wrong type passes silently. So every body is checked against its shape before it becomes a
model (requests) or after it arrives (responses), and the first mismatch is reported with the
path of the field (`config.input[0].id`). `core_client/_schemas.py` (generated from the spec by
scripts/generate_methods.py) holds the shapes of the spec's named schemas.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Scalar:
    """A JSON scalar: "string", "integer", "number", "boolean", or "any" (anything at all)."""

    kind: str
    enum: tuple[object, ...] = ()


@dataclass(frozen=True, slots=True)
class Array:
    items: Shape
    min_items: int = 0
    max_items: int | None = None


@dataclass(frozen=True, slots=True)
class Map:
    """An object whose keys are free and whose values all have one shape."""

    values: Shape


@dataclass(frozen=True, slots=True)
class Object:
    """An object with named properties; other keys are allowed and kept."""

    properties: Mapping[str, Shape] = field(default_factory=dict)
    required: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Ref:
    """A named schema of the spec (a generated model class of the same name)."""

    name: str


@dataclass(frozen=True, slots=True)
class Nullable:
    inner: Shape


@dataclass(frozen=True, slots=True)
class AnyOf:
    options: tuple[Shape, ...]


Shape = Scalar | Array | Map | Object | Ref | Nullable | AnyOf

ANY = Scalar("any")


class Mismatch(Exception):
    """A value does not have its shape; `path` names the field, relative to the checked value."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


_SCALAR_CHECKS: dict[str, Callable[[object], bool]] = {
    "any": lambda value: True,
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
}


@dataclass(frozen=True)
class Checker:
    """Checks values against shapes; `schemas` resolves `Ref` names."""

    schemas: Mapping[str, Shape]
    strict_enums: bool = True  # False: any value of the enum's type passes

    def check(self, value: object, shape: Shape, path: str) -> None:
        """Raise `Mismatch` at the first field of `value` that does not fit `shape`."""
        if isinstance(shape, Nullable):
            if value is not None:
                self.check(value, shape.inner, path)
            return
        if isinstance(shape, Ref):
            self.check(value, self.schemas[shape.name], path)
            return
        if isinstance(shape, AnyOf):
            self._check_any_of(value, shape, path)
            return
        if value is None and shape != ANY:
            raise Mismatch(path, f"expected {_expected(shape)}, got null")
        if isinstance(shape, Scalar):
            self._check_scalar(value, shape, path)
        elif isinstance(shape, Array):
            self._check_array(value, shape, path)
        elif isinstance(shape, Map):
            mapping = self._mapping(value, path)
            for key, item in mapping.items():
                self.check(item, shape.values, _join(path, str(key)))
        else:
            self._check_object(value, shape, path)

    def _check_scalar(self, value: object, shape: Scalar, path: str) -> None:
        if not _SCALAR_CHECKS[shape.kind](value):
            raise Mismatch(path, f"expected {shape.kind}, got {_type_name(value)}")
        if self.strict_enums and shape.enum and value not in shape.enum:
            allowed = ", ".join(repr(option) for option in shape.enum)
            raise Mismatch(path, f"{value!r} is not one of {allowed}")

    def _check_array(self, value: object, shape: Array, path: str) -> None:
        if not isinstance(value, list | tuple):
            raise Mismatch(path, f"expected array, got {_type_name(value)}")
        if len(value) < shape.min_items or (
            shape.max_items is not None and len(value) > shape.max_items
        ):
            raise Mismatch(path, f"unexpected number of items: {len(value)}")
        for index, item in enumerate(value):
            self.check(item, shape.items, f"{path}[{index}]")

    def _check_object(self, value: object, shape: Object, path: str) -> None:
        mapping = self._mapping(value, path)
        for key in sorted(shape.required):
            if key not in mapping:
                raise Mismatch(_join(path, key), "required field is missing")
        for key, item in mapping.items():
            field_shape = shape.properties.get(key)
            if field_shape is not None:
                self.check(item, field_shape, _join(path, key))

    def _check_any_of(self, value: object, shape: AnyOf, path: str) -> None:
        first: Mismatch | None = None
        for option in shape.options:
            try:
                self.check(value, option, path)
            except Mismatch as mismatch:
                first = first or mismatch
            else:
                return
        if first is not None:
            raise first

    @staticmethod
    def _mapping(value: object, path: str) -> Mapping[Any, Any]:
        if not isinstance(value, Mapping):
            raise Mismatch(path, f"expected object, got {_type_name(value)}")
        return value


def _expected(shape: Shape) -> str:
    if isinstance(shape, Scalar):
        return shape.kind
    if isinstance(shape, Array):
        return "array"
    return "object"
