"""Exports of the library: lossless JSON, JSON Schema.

The JSON export is the dataset itself (loading it back gives an equal library);
the schema is generated from the models, in the authors' (validation) and the
consumers' (serialization) form.
"""

from __future__ import annotations

import json
from typing import Any

from legal_ref.library import Library
from legal_ref.models import Dataset, Jurisdiction

SCHEMA_BASE = "https://legal-ref.org/api/v1/schema/"
"""The ``$id`` prefix of the published schemas."""


def dumps(payload: Any) -> str:
    """Byte-stable JSON: sorted keys, UTF-8, two-space indent, trailing newline."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def library_json(lib: Library) -> str:
    """The whole library as JSON, lossless (``Dataset.model_validate_json`` reads it back)."""
    return dumps(lib.dataset.model_dump(mode="json"))


def jurisdiction_json(j: Jurisdiction) -> str:
    """One jurisdiction as JSON, lossless."""
    return dumps(j.model_dump(mode="json"))


def json_schema(model: type[Dataset] | type[Jurisdiction], mode: str = "validation") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``model``: ``validation`` for data authors, ``serialization`` for exports."""
    from pydantic.json_schema import GenerateJsonSchema

    class _Generator(GenerateJsonSchema):
        def generate(self, schema: Any, mode: Any = "validation") -> Any:
            result = super().generate(schema, mode=mode)
            result["$schema"] = self.schema_dialect
            return result

    schema = model.model_json_schema(mode=mode, schema_generator=_Generator)  # type: ignore[arg-type]
    schema["$id"] = f"{SCHEMA_BASE}{model.__name__.lower()}.{mode}.json"
    return schema
