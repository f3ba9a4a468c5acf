"""What every generated model and endpoint module shares: `Model`, the base of the models (a
msgspec Struct); how JSON becomes a value of a type (`decode`, `convert`) and how a value is
checked (`check`), raising `Invalid` with the field path; `UNSET` (an optional query parameter
not given).

A JSON value becomes its models in one of two ways, with the same result:
- msgspec decodes and checks it in C, straight into the models (the common case: an answer that
  fits its schema exactly);
- where msgspec refuses it, the checks of this module build it field by field: they keep what
  msgspec cannot (fields a newer Core adds go to `additional_properties`) and name the field
  that does not fit (`config.input[0].id: expected string, got integer`). They are also the
  strict check of request bodies (misspelt keys and unknown enum values refused).
"""

from __future__ import annotations

import gc
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from enum import Enum
from functools import cache
from typing import (
    Any,
    ClassVar,
    Literal,
    NamedTuple,
    Self,
    TypeVar,
    TypeVarTuple,
    Union,
    cast,
    get_args,
    get_origin,
)

import msgspec

Result = TypeVar("Result")
Arguments = TypeVarTuple("Arguments")


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class _Absent:
    """The default of a field that may be None but is tracked or required: "not given", until
    the model's `__post_init__` (`fill_absent`) makes it None."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()

# True while `decode` / `convert` build models: a required field not given is then an error
# (a caller's constructor may leave it out: `ProcessConfig(id="x")`).
_DECODING: ContextVar[bool] = ContextVar("decoding", default=False)


def without_gc(function: Callable[[*Arguments], Result], *args: *Arguments) -> Result:
    """`function(*args)` with Python's cyclic garbage collector paused.

    Decoding a large answer allocates thousands of objects (models, lists, dicts), and every 700
    of them start a collection that walks the young objects; the survivors pile up until a full
    collection walks the whole heap. None of these objects can form a cycle (JSON is a tree), so
    those walks find nothing: they took two thirds of the time of a large process list
    (`make bench`). Refcounting frees everything as usual meanwhile. Only the outermost call of
    one thread pauses and resumes; if another thread's pause ends first, the collector merely
    resumes early, and it never stays off when it was on before."""
    if not gc.isenabled():
        return function(*args)
    gc.disable()
    try:
        return function(*args)
    finally:
        gc.enable()


class Invalid(ValueError):
    """A JSON value that does not fit its schema. `path` names the field, relative to the value
    checked (`config.input[0].id`); `source` is the object the path is relative to while the
    error travels up, so that a list can tell which of its items failed."""

    def __init__(self, path: str, message: str, source: object = None) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def within(self, step: str, source: object) -> Invalid:
        """This error seen from one level up (`step`: a key, or `[index]`)."""
        if not self.path:
            self.path = step
        else:
            self.path = f"{step}{'' if self.path.startswith('[') else '.'}{self.path}"
        self.source = source
        return self

    def within_items(self, step: str, items: Iterable[object], source: object) -> Invalid:
        """This error of one of `items` (the list at key `step`) seen from one level up."""
        index = next((i for i, item in enumerate(items) if item is self.source), None)
        if index is not None:
            self.within(f"[{index}]", items)
        return self.within(step, source) if step else self


def _rebuilt(model_type: type[Model], values: tuple[Any, ...], state: dict[str, Any]) -> Model:
    """A model from its field values and its `__dict__` (unknown fields, nulls): for pickle."""
    model: Model = cast(Any, model_type)(*values)
    model.__dict__.clear()
    model.__dict__.update(state)
    return model


class Model(msgspec.Struct, dict=True, forbid_unknown_fields=True):
    """The base of every model: its fields are Core's JSON names, an optional field absent from
    an answer reads as None, and Core's fields the model does not know are kept in
    `additional_properties` (and written back by `to_dict`).

    `forbid_unknown_fields` makes msgspec refuse an answer with such a field, which then goes
    through `convert`'s checks, where it is kept: the instance `__dict__` holds it, apart from
    the fields, with the names of the fields Core sent as null (`_nulls`)."""

    # Optional fields Core may send as null: which of them it sent as null is kept
    # (`fill_absent`), so that `to_dict` writes null back where Core did and omits the rest.
    _TRACKED: ClassVar[tuple[str, ...]] = ()
    # Required fields that may be null: an answer must have them, a constructor may leave them
    # out (None).
    _ALWAYS: ClassVar[tuple[str, ...]] = ()
    # Fields whose repr is not the value's (passwords, tokens, addresses with user info).
    _SHOWN: ClassVar[Mapping[str, Callable[[Any], str]]] = {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields of the JSON object the model does not know (a newer Core's)."""
        extra: dict[str, Any] = self.__dict__.setdefault("_extra", {})
        return extra

    @additional_properties.setter
    def additional_properties(self, extra: dict[str, Any]) -> None:
        self.__dict__["_extra"] = extra

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: the unknown fields, then every field that is not None, and
        null for a None that is required or that Core sent as null."""
        data = dict(self.__dict__.get("_extra", ()))
        nulls = self.__dict__.get("_nulls", ())
        for field in _fields(type(self))[0]:
            value = getattr(self, field.name)
            if value is not None:
                data[field.key] = _json(value)
            elif field.required or field.name in nulls:
                data[field.key] = None
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built; raises `Invalid` naming the
        first field that does not fit. `strict` (request bodies): unknown enum values and
        misspelt keys are refused too."""
        model: Self = convert(src_dict, cls, strict)
        return model

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__struct_fields__
        ) and self.__dict__.get("_extra", {}) == other.__dict__.get("_extra", {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={v}' for n, v in self._shown())})"

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        for name, text in self._shown():
            yield name, _Text(text)

    def _shown(self) -> Iterator[tuple[str, str]]:
        for name in self.__struct_fields__:
            yield name, self._SHOWN.get(name, repr)(getattr(self, name))
        extra = self.__dict__.get("_extra")
        if extra:
            yield "additional_properties", repr(extra)

    def __copy__(self) -> Self:
        return _rebuilt(type(self), self._values(), dict(self.__dict__))  # type: ignore[return-value]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (type(self), self._values(), dict(self.__dict__)))

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__struct_fields__)


def fill_absent(model: Model) -> None:
    """The `__post_init__` of a model with `_TRACKED` or `_ALWAYS` fields (the others have none:
    msgspec calls it for every instance it builds): a field not given becomes None, a tracked
    field given as None (Core's null) is remembered in `_nulls`; a required field not given is
    an error while decoding."""
    nulls: tuple[str, ...] = ()
    for name in model._TRACKED:
        value = getattr(model, name)
        if value is ABSENT:
            setattr(model, name, None)
        elif value is None:
            nulls += (name,)
    if nulls:
        model.__dict__["_nulls"] = nulls
    for name in model._ALWAYS:
        if getattr(model, name) is ABSENT:
            if _DECODING.get():
                # msgspec turns it into a ValidationError: `convert`'s checks then name it.
                raise ValueError(f"{name}: required field is missing")
            setattr(model, name, None)


class _Text(str):
    """A text that rich shows as it is (its repr is itself)."""

    def __repr__(self) -> str:
        return str(self)


def redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


def without_userinfo(value: object) -> str:
    import re

    return repr(value if value is None else re.sub(r"//[^/@\s]*@", "//<redacted>@", str(value)))


def _json(value: Any) -> Any:
    """A field's value as JSON data: models as dicts, enum members as their strings."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _json(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value


# --- JSON to values, checked -----------------------------------------------------------------


@cache
def _decoder(kind: Any) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(kind)


def decode(content: bytes, kind: Any) -> Any:
    """JSON text (bytes) as a value of `kind` (a model, `list[Model]`, `str`, ...); raises
    `Invalid` naming the first field that does not fit, `msgspec.DecodeError` if it is no JSON."""
    return without_gc(_decoded, content, kind)


def convert(value: Any, kind: Any, strict: bool = False) -> Any:
    """Decoded JSON (dicts, lists, scalars) as a value of `kind`, as `decode` makes it; raises
    `Invalid`. `strict`: unknown enum values and misspelt keys are refused too."""
    return without_gc(_converted, value, kind, strict)


def _decoded(content: bytes, kind: Any) -> Any:
    decoding = _DECODING.set(True)
    try:
        try:
            return _decoder(kind).decode(content)
        except msgspec.ValidationError:
            pass
        return _checked(msgspec.json.decode(content), kind, False)
    finally:
        _DECODING.reset(decoding)


def _converted(value: Any, kind: Any, strict: bool) -> Any:
    decoding = _DECODING.set(True)
    try:
        if not strict:
            try:
                return msgspec.convert(value, kind)
            except msgspec.ValidationError:
                pass
        return _checked(value, kind, strict)
    finally:
        _DECODING.reset(decoding)


def check(value: Any, kind: Any) -> None:
    """Refuse (`Invalid`) decoded JSON that does not fit `kind` strictly: a request's body or
    parameter."""
    _checked(value, kind, True)


def _checked(value: Any, kind: Any, strict: bool) -> Any:
    """`value` as `kind` by the checks below: a model that msgspec has just refused is built
    here at once, field by field (its nested objects are handed back to msgspec)."""
    if isinstance(kind, type) and issubclass(kind, Model):
        return _built(kind, value, strict)
    return _converter(kind)(value, strict)


# A converter: a JSON value (and strict) -> the value of its type; raises Invalid (path
# relative to the value). Made once per type, from the type itself.
Converter = Callable[[Any, bool], Any]

_JSON_NAMES: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


def json_type(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    for python_type in (bool, int, float, str):
        if isinstance(value, python_type):
            return _JSON_NAMES[python_type]
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


@cache
def _converter(kind: Any) -> Converter:
    if kind is Any:
        return lambda value, strict: value
    if kind in _JSON_NAMES:
        return _scalar(kind)
    origin = get_origin(kind)
    if origin is list:
        return _array(_converter(get_args(kind)[0]))
    if origin is dict:
        return _map(_converter(get_args(kind)[1]))
    if origin is Union or origin is types.UnionType:
        return _union(get_args(kind))
    if isinstance(kind, type) and issubclass(kind, Model):
        return _model(kind)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _enum(kind)
    raise TypeError(f"no JSON check for the type {kind!r}")


def _scalar(kind: type) -> Converter:
    name = _JSON_NAMES[kind]
    # The classes a JSON decoder gives the kind: a number may be written without a fraction.
    classes = (float, int) if kind is float else (kind,)

    def convert(value: Any, strict: bool) -> Any:
        if value.__class__ in classes:
            return float(value) if kind is float else value
        raise Invalid("", f"expected {name}, got {json_type(value)}", value)

    return convert


def _enum(kind: type[Enum]) -> Converter:
    """A value the enum does not list is kept (a newer Core's) unless `strict`."""

    def convert(value: Any, strict: bool) -> Any:
        if not isinstance(value, str):
            raise Invalid("", f"expected string, got {json_type(value)}", value)
        if strict and value not in kind._value2member_map_:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise Invalid("", f"{value!r} is not one of {allowed}", value)
        return kind(value)

    return convert


def _array(item: Converter) -> Converter:
    """A JSON array (a tuple is taken too) of items of one kind."""

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


def _map(item: Converter) -> Converter:
    """A JSON object whose keys are free and whose values have one kind."""

    def convert(value: Any, strict: bool) -> Any:
        mapping = _as_object(value)
        converted: dict[str, Any] = {}
        for key, element in mapping.items():
            try:
                converted[key] = item(element, strict)
            except Invalid as error:
                raise error.within(str(key), mapping) from None
        return converted

    return convert


def _union(options: tuple[Any, ...]) -> Converter:
    """A value of one of several types (None among them: null): the first that fits decides."""
    nullable = type(None) in options
    converters = [_converter(option) for option in options if option is not type(None)]

    def convert(value: Any, strict: bool) -> Any:
        if value is None:
            if nullable:
                return None
            raise Invalid("", "null is not allowed", value)
        first: Invalid | None = None
        for option in converters:
            try:
                return option(value, strict)
            except Invalid as error:
                first = first or error
        assert first is not None
        raise first

    return convert


# NamedTuple: cheaper to define at import than a dataclass.
class _Field(NamedTuple):
    name: str
    key: str  # the JSON name
    convert: Converter
    plain: tuple[type, ...]  # the classes of values taken as they are (no call of convert)
    required: bool
    nullable: bool


@cache
def _fields(model: type[Model]) -> tuple[tuple[_Field, ...], frozenset[str]]:
    """A model's fields (what `to_dict` writes and the checks read) and their JSON names; read
    on first use, since models refer to each other."""
    fields = []
    for info in msgspec.structs.fields(model):
        kind = info.type
        required = info.required or info.name in model._ALWAYS
        # Null as the schema allows it: an optional field reads as None when absent, but takes
        # null only if tracked.
        if required:
            nullable = kind is Any or (
                get_origin(kind) in (Union, types.UnionType) and type(None) in get_args(kind)
            )
        else:
            nullable = info.name in model._TRACKED
        plain = (kind,) if kind in (str, int, bool) else ()
        converter = _converter(kind)
        fields.append(_Field(info.name, info.encode_name, converter, plain, required, nullable))
    return tuple(fields), frozenset(field.key for field in fields)


def _model(model: type[Model]) -> Converter:
    def convert(value: Any, strict: bool) -> Any:
        if not strict and value.__class__ is dict:
            # Most of an answer that msgspec refused fits: only the objects on the way to what
            # it refused are built here, field by field.
            try:
                return msgspec.convert(value, model)
            except msgspec.ValidationError:
                pass
        return _built(model, value, strict)

    return convert


def _built(model: type[Model], value: Any, strict: bool) -> Any:
    """A model built from a JSON object field by field, checking each."""
    fields, known = _fields(model)
    source = _as_object(value)
    values: dict[str, Any] = {}
    for field in fields:
        if field.key not in source:
            if field.required:
                raise _missing(source, field.key, strict, known)
            continue
        item = source[field.key]
        if item.__class__ in field.plain:
            values[field.name] = item
        elif item is None:
            if field.nullable:
                values[field.name] = None
            elif strict or field.required:
                raise Invalid(field.key, "null is not allowed", source)
            # else an answer's null for an optional field: as if absent (Go reads it so)
        else:
            try:
                values[field.name] = field.convert(item, strict)
            except Invalid as error:
                raise error.within(field.key, source) from None
    built = model(**values)
    if not source.keys() <= known:
        if strict:
            check_keys(source, known)
        built.__dict__["_extra"] = {k: v for k, v in source.items() if k not in known}
    return built


def _as_object(value: object) -> Mapping[str, Any]:
    """`value` as the mapping a model is read from, or Invalid: it is no JSON object."""
    if isinstance(value, Mapping):
        return value
    raise Invalid("", f"expected object, got {json_type(value)}", value)


def _missing(source: Mapping[str, Any], key: str, strict: bool, known: frozenset[str]) -> Invalid:
    if strict:
        check_keys(source, known)
    message = "required field is missing"
    unknown = [name for name in source if name not in known]
    if unknown:
        message += f" (unknown fields given: {', '.join(repr(name) for name in unknown)})"
    return Invalid(key, message, source)


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


__all__ = ["ABSENT", "UNSET", "Invalid", "Model", "Unset"]
