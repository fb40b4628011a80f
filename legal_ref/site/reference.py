"""The data-format reference page, generated from the models and their attribute docstrings."""

from __future__ import annotations

import ast
import inspect
import itertools
from enum import Enum
from functools import cache

from pydantic import BaseModel

from legal_ref import models
from legal_ref.periods import Interval
from legal_ref.site import markdown as md

# The order in which a contributor meets the models in a data file.
MODELS: tuple[type[BaseModel], ...] = (
    models.Jurisdiction,
    models.Coverage,
    models.Portal,
    models.Membership,
    models.Source,
    models.Instrument,
    models.Identifiers,
    models.Provision,
    models.ProvisionVersion,
    models.Rule,
    models.Condition,
    models.Clause,
    models.Authorization,
    models.Application,
    models.Advice,
    models.Penalty,
    models.Imprisonment,
    models.Fine,
    models.NationalityEffect,
    models.Term,
    models.Amount,
    models.Disagreement,
    models.Event,
    Interval,
)
ENUMS: tuple[type[Enum], ...] = (
    models.Topic,
    models.Person,
    models.Regime,
    models.ClauseTest,
    models.ServiceRole,
    models.AuthorityKind,
    models.Confidence,
    models.SourceKind,
    models.InstrumentKind,
    models.EventKind,
    models.FineKind,
    models.NationalityEffectKind,
)


@cache
def attribute_docs(cls: type) -> dict[str, str]:
    """The docstrings written under each attribute of ``cls`` (read from its source, not at import time)."""
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        name = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
        if name and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            docs[name] = " ".join(str(following.value.value).split())
    return docs


def _type_name(annotation: object) -> str:
    text = str(annotation) if not isinstance(annotation, type) else annotation.__name__
    return (
        text.replace("typing.", "")
        .replace("legal_ref.models.", "")
        .replace("legal_ref.periods.", "")
        .replace("datetime.", "")
        .replace("NoneType", "None")
        .replace("<class '", "")
        .replace("'>", "")
    )


def data_format_page() -> str:
    """Every model's fields (type, required, meaning) and every closed vocabulary, from the code."""
    out = "---\ntitle: Data format\n---\n\n# Data format\n\n"
    out += (
        "One YAML file per jurisdiction in `data/jurisdictions/<code>.yaml`, validated against these models "
        "(`legal-ref validate data`). A JSON Schema for editors is published at "
        "[`api/v1/schema/jurisdiction-file.json`](api/v1/schema/jurisdiction-file.json). "
        "This page is generated from the code.\n\n"
    )
    for cls in MODELS:
        docs = attribute_docs(cls)
        out += f"## {cls.__name__}\n\n{md.text(inspect.getdoc(cls) or '')}\n\n"
        rows = []
        for name, field in cls.model_fields.items():
            rows.append(
                [
                    f"`{name}`",
                    md.text(_type_name(field.annotation)),
                    "yes" if field.is_required() else "no",
                    md.text(docs.get(name, "")),
                ]
            )
        out += md.table(["Field", "Type", "Required", "Meaning"], rows) + "\n"
    out += "## Vocabularies\n\n"
    for enum in ENUMS:
        docs = attribute_docs(enum)
        out += f"### {enum.__name__}\n\n{md.text(inspect.getdoc(enum) or '')}\n\n"
        out += (
            md.table(
                ["Value", "Meaning"],
                [[f"`{member.value}`", md.text(docs.get(member.name, ""))] for member in enum],
            )
            + "\n"
        )
    return out
