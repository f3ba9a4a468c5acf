"""JSON shapes of Core's API, as the spec describes them, and the check of a value against one.

The generated models' `from_dict` trusts its input: a missing field raises a bare `KeyError`,
a wrong type passes silently. So every body is checked against its shape before it becomes a
model (requests) or after it arrives (responses), and the first mismatch is reported with the
path of the field (`config.input[0].id`). `core_client/_schemas.py` (generated from the spec by
scripts/generate_methods.py) holds the shapes of the spec's named schemas.
"""

from __future__ import annotations

import difflib
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

    def within(self, step: str) -> Mismatch:
        """The same mismatch seen from one level up (`step`: a key, or `[index]`)."""
        if not self.path:
            return Mismatch(step, self.message)
        separator = "" if self.path.startswith("[") else "."
        return Mismatch(f"{step}{separator}{self.path}", self.message)


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

# The type a JSON decoder gives each kind; other values take the full check.
_EXACT_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool}

# A shape compiled into a function that raises `Mismatch` (path relative to the value).
Check = Callable[[object], None]


class Checker:
    """Checks values against shapes; `schemas` resolves `Ref` names.

    Each shape is compiled once into nested closures, and a mismatch builds its field path only
    while it propagates: checking a large valid response costs one pass without string work.
    """

    def __init__(
        self, schemas: Mapping[str, Shape], strict_enums: bool = True, strict_keys: bool = False
    ) -> None:
        self._schemas = schemas
        self._strict_enums = strict_enums  # False: any value of the enum's type passes
        # True (requests): a key the object does not know is a misspelling where it resembles
        # a property the value lacks ("inputs" for "input"); other unknown keys pass (a newer
        # Core's fields, read back and sent again), but are named when a required one is missing.
        self._strict_keys = strict_keys
        # By identity: shapes hold dicts (unhashable); the shape is kept to make ids unambiguous.
        self._compiled: dict[int, tuple[Shape, Check]] = {}
        self._named: dict[str, Check] = {}

    def check(self, value: object, shape: Shape, path: str) -> None:
        """Raise `Mismatch` at the first field of `value` that does not fit `shape`."""
        try:
            self._compile(shape)(value)
        except Mismatch as mismatch:
            raise mismatch.within(path) from None

    def _compile(self, shape: Shape) -> Check:
        entry = self._compiled.get(id(shape))
        if entry is not None and entry[0] is shape:
            return entry[1]
        check = self._build(shape)
        self._compiled[id(shape)] = (shape, check)
        return check

    def _build(self, shape: Shape) -> Check:
        if isinstance(shape, Ref):
            return self._ref(shape.name)
        if isinstance(shape, Nullable):
            inner = self._compile(shape.inner)

            def check_nullable(value: object) -> None:
                if value is not None:
                    inner(value)

            return check_nullable
        if isinstance(shape, AnyOf):
            return self._any_of([self._compile(option) for option in shape.options])
        if isinstance(shape, Scalar):
            return self._scalar(shape)
        if isinstance(shape, Array):
            return self._array(shape)
        if isinstance(shape, Map):
            return self._map(self._compile(shape.values))
        return self._object(shape)

    def _ref(self, name: str) -> Check:
        # Schemas may refer to themselves: resolve on first use, not while compiling.
        def check_ref(value: object) -> None:
            check = self._named.get(name)
            if check is None:
                check = self._named[name] = self._compile(self._schemas[name])
            check(value)

        return check_ref

    def _scalar(self, shape: Scalar) -> Check:
        fits = _SCALAR_CHECKS[shape.kind]
        exact = _EXACT_TYPES.get(shape.kind)
        enum = shape.enum if self._strict_enums else ()
        allowed = ", ".join(repr(option) for option in enum)

        def check_scalar(value: object) -> None:
            # The exact JSON type first: most values are, and `type() is` is cheap.
            if value.__class__ is not exact and not fits(value):
                raise Mismatch("", f"expected {shape.kind}, got {_type_name(value)}")
            if enum and value not in enum:
                raise Mismatch("", f"{value!r} is not one of {allowed}")

        return check_scalar

    def _array(self, shape: Array) -> Check:
        items = self._compile(shape.items)

        def check_array(value: object) -> None:
            if value.__class__ is not list and not isinstance(value, list | tuple):
                raise Mismatch("", f"expected array, got {_type_name(value)}")
            if len(value) < shape.min_items or (
                shape.max_items is not None and len(value) > shape.max_items
            ):
                raise Mismatch("", f"unexpected number of items: {len(value)}")
            for index, item in enumerate(value):
                try:
                    items(item)
                except Mismatch as mismatch:
                    raise mismatch.within(f"[{index}]") from None

        return check_array

    def _map(self, values: Check) -> Check:
        def check_map(value: object) -> None:
            mapping = value if value.__class__ is dict else _mapping(value)
            for key, item in mapping.items():
                try:
                    values(item)
                except Mismatch as mismatch:
                    raise mismatch.within(str(key)) from None

        return check_map

    def _object(self, shape: Object) -> Check:
        properties = {key: self._compile(value) for key, value in shape.properties.items()}
        required = sorted(shape.required)

        strict_keys = self._strict_keys

        def check_object(value: object) -> None:
            mapping = value if value.__class__ is dict else _mapping(value)
            if strict_keys:
                _check_keys(mapping, properties, required)
            for key in required:
                if key not in mapping:
                    raise Mismatch(key, "required field is missing")
            for key, item in mapping.items():
                check = properties.get(key)
                if check is not None:
                    try:
                        check(item)
                    except Mismatch as mismatch:
                        raise mismatch.within(key) from None

        return check_object

    @staticmethod
    def _any_of(options: list[Check]) -> Check:
        def check_any_of(value: object) -> None:
            first: Mismatch | None = None
            for option in options:
                try:
                    option(value)
                except Mismatch as mismatch:
                    first = first or mismatch
                else:
                    return
            if first is not None:
                raise first

        return check_any_of


def _mapping(value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise Mismatch("", f"expected object, got {_type_name(value)}")
    return value


def _check_keys(
    mapping: Mapping[Any, Any], properties: Mapping[str, Check], required: list[str]
) -> None:
    unknown = [key for key in mapping if key not in properties]
    if not unknown or not properties:
        return
    lacking = [key for key in properties if key not in mapping]
    for key in unknown:
        close = difflib.get_close_matches(str(key), lacking, n=1, cutoff=0.8)
        if close:
            raise Mismatch(str(key), f"unknown field {key!r}; did you mean {close[0]!r}?")
    missing = next((key for key in required if key not in mapping), None)
    if missing is not None:
        names = ", ".join(repr(key) for key in unknown)
        raise Mismatch(missing, f"required field is missing (unknown fields given: {names})")
