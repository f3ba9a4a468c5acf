"""`UNSET` (an optional query parameter not given), and the checks `from_dict` makes"""

import gc
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar, TypeVarTuple

Result = TypeVar("Result")
Arguments = TypeVarTuple("Arguments")

from . import models as _models


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


def without_gc(function: Callable[[*Arguments], Result], *args: *Arguments) -> Result:
    """`function(*args)` with Python's cyclic garbage collector paused.

    Decoding and building models allocates thousands of small objects, and every 700 of them
    start a collection that walks the young objects; the survivors pile up until a full
    collection walks the whole heap. None of these objects can form a cycle (JSON is a tree), so
    those walks find nothing: they took two thirds of `Process.from_dict`'s time on a large
    process list (`make bench`). Refcounting frees everything as usual meanwhile. Only the
    outermost call of one thread pauses and resumes; if another thread's pause ends first, the
    collector merely resumes early, and it never stays off when it was on before."""
    if not gc.isenabled():
        return function(*args)
    gc.disable()
    try:
        return function(*args)
    finally:
        gc.enable()


# --- the checks of `from_dict` and of the endpoints' `_parse_json` / `_check_body` ----------
# A model's `from_dict` checks each field while it builds the model (one pass): the common
# cases inline (`value.__class__ is str`), everything else through the functions below, which
# only run where a value is not of its plain JSON type or a field is absent. `strict` (request
# bodies) also refuses unknown enum values and misspelt keys; responses are lenient about both,
# since a newer Core may add values and fields.


class Invalid(ValueError):
    """A JSON value that does not fit its schema. `path` names the field, relative to the value
    given to `from_dict` (`config.input[0].id`); `source` is the object the path is relative to
    while the error travels up, so that a list can tell which of its items failed."""

    def __init__(self, path: str, message: str, source: object = None) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def within(self, step: str, source: object) -> "Invalid":
        """This error seen from one level up (`step`: a key, or `[index]`)."""
        if not self.path:
            self.path = step
        else:
            self.path = f"{step}{'' if self.path.startswith('[') else '.'}{self.path}"
        self.source = source
        return self

    def within_items(self, step: str, items: Iterable[object], source: object) -> "Invalid":
        """This error of one of `items` (the list at key `step`) seen from one level up."""
        index = next((i for i, item in enumerate(items) if item is self.source), None)
        if index is not None:
            self.within(f"[{index}]", items)
        return self.within(step, source) if step else self


# A converter: a JSON value (and strict) -> the field's value; raises Invalid (path relative
# to the value). Built once per field kind that is not checked inline.
Converter = Callable[[Any, bool], Any]

# The classes a JSON decoder gives each scalar kind: the converters' tests, and the inline
# class tests (`value.__class__ in _STRING`) of the models.
JSON_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (float, int),
    "boolean": (bool,),
}


def json_type(value: object) -> str:
    """The JSON name of a value's type, for messages."""
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


def scalar(kind: str) -> Converter:
    """A converter for a JSON scalar ("string", "integer", "number", "boolean", "any")."""
    if kind == "any":
        return lambda value, strict: value
    types = JSON_CLASSES[kind]

    def convert(value: Any, strict: bool) -> Any:
        if isinstance(value, types) and (kind == "boolean" or not isinstance(value, bool)):
            return value
        raise Invalid("", f"expected {kind}, got {json_type(value)}", value)

    return convert


def model_of(name: str) -> Converter:
    """A converter for the model of that name (looked up when first used: models refer to
    each other, and to themselves)."""

    def convert(value: Any, strict: bool) -> Any:
        return getattr(_models, name)._from_dict(value, strict)

    return convert


def enum_of(name: str) -> Converter:
    """A converter for the enum of that name: a value it does not list is kept (a newer Core's)
    unless `strict`."""

    def convert(value: Any, strict: bool) -> Any:
        enum = getattr(_models, name)
        if not isinstance(value, str):
            raise Invalid("", f"expected string, got {json_type(value)}", value)
        if strict and value not in enum._value2member_map_:
            allowed = ", ".join(repr(member.value) for member in enum)
            raise Invalid("", f"{value!r} is not one of {allowed}", value)
        return enum(value)

    return convert


def array_of(item: Converter) -> Converter:
    """A converter for a JSON array (a tuple is taken too) of items of one kind."""

    def convert(value: Any, strict: bool) -> Any:
        if value.__class__ is not list:
            if not isinstance(value, tuple):
                raise Invalid("", f"expected array, got {json_type(value)}", value)
            value = list(value)
        try:
            return [item(element, strict) for element in value]
        except Invalid as error:
            raise error.within_items("", value, value) from None

    return convert


def map_of(item: Converter) -> Converter:
    """A converter for a JSON object whose keys are free and whose values have one kind."""

    def convert(value: Any, strict: bool) -> Any:
        return map_values(as_object(value), item, strict)

    return convert


def map_values(mapping: Mapping[str, Any], item: Converter, strict: bool) -> dict[str, Any]:
    converted: dict[str, Any] = {}
    for key, element in mapping.items():
        try:
            converted[key] = item(element, strict)
        except Invalid as error:
            raise error.within(str(key), mapping) from None
    return converted


def union_of(*options: Converter) -> Converter:
    """A converter for a value of one of several kinds: the first that fits decides."""

    def convert(value: Any, strict: bool) -> Any:
        first: Invalid | None = None
        for option in options:
            try:
                return option(value, strict)
            except Invalid as error:
                first = first or error
        assert first is not None
        raise first

    return convert


def nullable(inner: Converter) -> Converter:
    return lambda value, strict: None if value is None else inner(value, strict)


def as_object(value: object) -> Mapping[str, Any]:
    """`value` as the mapping `from_dict` reads, or Invalid: it is no JSON object."""
    if isinstance(value, Mapping):
        return value
    raise Invalid("", f"expected object, got {json_type(value)}", value)


def absent(
    source: Mapping[str, Any],
    key: str,
    required: bool,
    nullable: bool,
    strict: bool,
    known: frozenset[str],
) -> None:
    """None for a field that is absent (if optional) or null (if nullable); Invalid otherwise."""
    if key in source:
        if nullable:
            return None
        raise Invalid(key, "null is not allowed", source)
    if not required:
        return None
    unknown = [name for name in source if name not in known]
    if strict:
        check_keys(source, known)
    message = "required field is missing"
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        message += f" (unknown fields given: {names})"
    raise Invalid(key, message, source)


def fit(
    convert: Converter,
    source: Mapping[str, Any],
    key: str,
    value: Any,
    required: bool,
    nullable: bool,
    strict: bool,
    known: frozenset[str],
) -> Any:
    """The field `key` of `source` through `convert`, where the inline check did not pass."""
    if value is None:
        return absent(source, key, required, nullable, strict, known)
    try:
        return convert(value, strict)
    except Invalid as error:
        raise error.within(key, source) from None


def check_keys(source: Mapping[str, Any], known: frozenset[str]) -> None:
    """Refuse a key that is not known and resembles a known one the value lacks (a request's
    "inputs" for "input"); other unknown keys pass (a newer Core's fields, read and sent back)."""
    import difflib

    lacking = [name for name in known if name not in source]
    for name in source:
        if name in known:
            continue
        close = difflib.get_close_matches(str(name), lacking, n=1, cutoff=0.8)
        if close:
            raise Invalid(str(name), f"unknown field {name!r}; did you mean {close[0]!r}?", source)


def listed(value: object, classes: tuple[type, ...]) -> bool:
    """Whether `value` is a list of items of exactly these classes (as decoded JSON is)."""
    if value.__class__ is not list:
        return False
    for item in value:  # type: ignore[attr-defined]
        if item.__class__ not in classes:
            return False
    return True


def listed_lists(value: object, classes: tuple[type, ...]) -> bool:
    """Whether `value` is a list of lists of items of exactly these classes."""
    if value.__class__ is not list:
        return False
    for item in value:  # type: ignore[attr-defined]
        if item.__class__ is not list:
            return False
        for element in item:
            if element.__class__ not in classes:
                return False
    return True


STRING = scalar("string")
INTEGER = scalar("integer")
NUMBER = scalar("number")
BOOLEAN = scalar("boolean")
ANY = scalar("any")


__all__ = ["UNSET", "Invalid", "Unset"]
