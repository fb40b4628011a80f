"""Exports of the library: lossless JSON, CSV, CSL-JSON, JSON Schema and a Data Package.

The JSON export is the dataset itself (loading it back gives an equal library);
the CSV has one row per rule with the comparable columns; CSL-JSON carries every
instrument and provision as a citation item; the schema is generated from the
models, in the authors' (validation) and the consumers' (serialization) form.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import BaseModel

from legal_ref.library import Library
from legal_ref.models import Jurisdiction

SCHEMA_BASE = "https://legal-ref.org/api/v1/schema/"
"""The ``$id`` prefix of the published schemas."""


def dumps(payload: Any, *, compact: bool = False) -> str:
    """Byte-stable JSON: sorted keys, UTF-8, two-space indent (or none when ``compact``), trailing newline."""
    if compact:
        return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def library_json(lib: Library) -> str:
    """The whole library as JSON, lossless (``Dataset.model_validate_json`` reads it back)."""
    return dumps(lib.dataset.model_dump(mode="json"))


def jurisdiction_json(j: Jurisdiction) -> str:
    """One jurisdiction as JSON, lossless."""
    return dumps(j.model_dump(mode="json"))


def json_schema(model: type[BaseModel], mode: str = "validation") -> dict[str, Any]:
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


# ---------------------------------------------------------------------------
# CSV: one row per rule, the comparable columns
# ---------------------------------------------------------------------------

CSV_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("rule_id", "string", "Global id of the rule"),
    ("jurisdiction", "string", "ISO 3166-1 alpha-2 code (INT: international law)"),
    ("jurisdiction_name", "string", "English short name"),
    ("topic", "string", "What the rule is about"),
    ("direction", "string", "outbound or inbound"),
    ("binds", "string", "Whom it binds, ';'-separated"),
    ("regime", "string", "How the law treats the conduct"),
    ("condition", "string", "The condition in words"),
    ("condition_tests", "string", "The machine tests of the condition, ';'-separated ('not ' when negated)"),
    ("exemptions", "string", "The exemptions in words, ';'-separated"),
    ("authority", "string", "The authorizing office"),
    ("authority_kind", "string", "The kind of authority"),
    ("min_imprisonment", "string", "Lowest minimum prison term over the penalty ranges"),
    ("max_imprisonment", "string", "Highest maximum prison term over the penalty ranges"),
    ("max_imprisonment_months", "number", "The same in months (life: empty)"),
    ("penalties", "string", "Every penalty range, ';'-separated"),
    ("nationality_effect", "string", "Consequence for nationality"),
    ("valid_from", "date", "First day in force"),
    ("confirmed_in_force_from", "date", "When the start is not confirmed: the first day confirmed in force"),
    ("valid_until", "date", "First day no longer in force"),
    ("rests_on", "string", "OSCOLA citations of the provisions, ';'-separated"),
    ("confidence", "string", "official_publication, reproduction, secondary or unverified"),
    ("verified_on", "date", "When the rule was last verified"),
)
"""The CSV columns: name, Table Schema type, description (also used by ``datapackage.json``)."""


def rule_rows(lib: Library) -> list[dict[str, str]]:
    """The CSV rows: one per rule, in jurisdiction and file order."""
    rows = []
    for j in lib:
        for rule in j.rules:
            terms = [p.imprisonment.min for p in rule.penalties if p.imprisonment and p.imprisonment.min]
            low = min(terms, key=lambda d: d.months) if terms else None
            high = rule.max_imprisonment
            months = "" if high is None or high.months == float("inf") else f"{high.months:g}"
            rows.append(
                {
                    "rule_id": rule.uid,
                    "jurisdiction": j.code,
                    "jurisdiction_name": j.name,
                    "topic": rule.topic.value,
                    "direction": rule.direction.value,
                    "binds": ";".join(p.value for p in rule.binds),
                    "regime": rule.regime.value,
                    "condition": rule.condition.text if rule.condition else "",
                    "condition_tests": ";".join(
                        ("not " if c.negate else "") + c.test.value
                        for c in (rule.condition.all_of if rule.condition else ())
                    ),
                    "exemptions": ";".join(e.text or e.test.value for e in rule.exemptions),
                    "authority": rule.authorization.office if rule.authorization else "",
                    "authority_kind": rule.authorization.authority.value if rule.authorization else "",
                    "min_imprisonment": str(low) if low else "",
                    "max_imprisonment": str(high) if high else "",
                    "max_imprisonment_months": months,
                    "penalties": ";".join(f"{p.label}: {p}" for p in rule.penalties),
                    "nationality_effect": rule.nationality.effect.value if rule.nationality else "",
                    "valid_from": rule.valid.start.isoformat() if rule.valid.start else "",
                    "confirmed_in_force_from": (
                        rule.valid.confirmed_from.isoformat() if rule.valid.confirmed_from else ""
                    ),
                    "valid_until": rule.valid.end.isoformat() if rule.valid.end else "",
                    "rests_on": ";".join(lib.citations_of(rule)),
                    "confidence": rule.confidence.value,
                    "verified_on": rule.verified_on.isoformat(),
                }
            )
    return rows


def rules_csv(lib: Library) -> str:
    """The rules as CSV (RFC 4180, UTF-8, CRLF line ends, header row)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c[0] for c in CSV_COLUMNS], lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rule_rows(lib))
    return out.getvalue()


# ---------------------------------------------------------------------------
# CSL-JSON: every instrument and provision as a legislation item
# ---------------------------------------------------------------------------


def _issued(day: date | None) -> dict[str, Any] | None:
    return {"date-parts": [[day.year, day.month, day.day]]} if day else None


def csl_items(lib: Library) -> list[dict[str, Any]]:
    """CSL-JSON items, mapped as Zotero maps statutes (title, number, section, issued, URL, jurisdiction)."""
    from legal_ref.citations import CitationStyle, cite

    items: list[dict[str, Any]] = []
    for j in lib:
        for instrument in j.instruments:
            kind = {"treaty": "treaty", "case": "legal_case"}.get(instrument.kind.value, "legislation")
            base: dict[str, Any] = {
                "type": kind,
                "title": instrument.title,
                "translated-title": instrument.title_en,
                "number": instrument.citation,
                "jurisdiction": j.code.lower(),
                "language": instrument.title_lang,
                "URL": instrument.url,
            }
            issued = _issued(instrument.adopted or instrument.valid.start)
            if issued:
                base["issued"] = issued
            if instrument.short_title:
                base["title-short"] = instrument.short_title
            items.append({"id": instrument.uid, **base})
            for provision in instrument.provisions:
                item = {
                    "id": provision.uid,
                    **base,
                    "section": provision.locator,
                    "note": cite(provision, CitationStyle.OSCOLA),
                }
                if provision.url:
                    item["URL"] = provision.url
                items.append(item)
    return items


# ---------------------------------------------------------------------------
# Frictionless Data Package describing the JSON and CSV exports
# ---------------------------------------------------------------------------


def datapackage(lib: Library, json_path: str = "legal-ref.json", csv_path: str = "rules.csv") -> dict[str, Any]:
    """A Data Package (v2) describing the JSON export (``json_path``) and the CSV (``csv_path``)."""
    from legal_ref import __version__

    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "legal-ref",
        "title": "legal_ref: the laws on serving in a foreign state's armed forces",
        "description": "Information about the law, not legal advice.",
        "version": __version__,
        "licenses": [{"name": "MIT", "path": "https://opensource.org/licenses/MIT"}],
        "resources": [
            {
                "name": "rules",
                "path": csv_path,
                "type": "table",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": n, "type": t, "description": d} for n, t, d in CSV_COLUMNS],
                    "primaryKey": ["rule_id"],
                },
            },
            {
                "name": "library",
                "path": json_path,
                "type": "json",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "description": f"The whole library, {len(lib)} jurisdictions, lossless.",
            },
        ],
    }
