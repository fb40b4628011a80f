"""Building models from trusted JSON without validation.

The compiled bundle is validated when it is written (and a test keeps it equal
to the data), so loading it need not pay for pydantic's validation schemas at
every start-up. This module turns the bundle's JSON into model instances with
``model_construct``, converting each field by its declared type.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

from legal_ref.models import Duration

M = TypeVar("M", bound=BaseModel)
Converter = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _converter(annotation: Any) -> Converter:
    """A function turning a JSON value into a value of ``annotation``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _converter(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner = _converter(options[0]) if len(options) == 1 else _identity
        return lambda v: None if v is None else inner(v)
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        key, value = _converter(key_type), _converter(value_type)
        return lambda v: {key(k): value(x) for k, x in v.items()}
    if origin is tuple:
        item = _converter(typing.get_args(annotation)[0])
        return lambda v: tuple(item(x) for x in v)
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            model = annotation
            return lambda v: construct(model, v)
        if issubclass(annotation, Enum):
            return annotation
        if annotation is date:
            return date.fromisoformat
        if annotation is Duration:
            return Duration.parse
    return _identity


@cache
def _plan(cls: type[BaseModel]) -> dict[str, Converter]:
    return {name: _converter(field.annotation) for name, field in cls.model_fields.items()}


def construct(cls: type[M], data: Mapping[str, Any]) -> M:
    """An instance of ``cls`` built from trusted JSON ``data`` without validation."""
    plan = _plan(cls)
    return cls.model_construct(**{key: plan[key](value) for key, value in data.items()})
