"""Exports of the library: lossless JSON, CSV, CSL-JSON, RIS, biblatex, JSON Schema and a Data Package.

The JSON export is the dataset itself (loading it back gives an equal library);
the CSV has one row per rule with the comparable columns; CSL-JSON, RIS and biblatex
carry every instrument and provision as a reference item, written from one mapping
(:class:`CitationFields`); the schema is generated from the
models, in the authors' (validation) and the consumers' (serialization) form.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel

from legal_ref.library import Library
from legal_ref.models import Instrument, Jurisdiction, Provision

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
# Citation items: one mapping of our fields, written as CSL-JSON, RIS and biblatex
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationFields:
    """One instrument or provision as a reference item, mapped as Zotero maps a statute.

    Zotero's statute (``zotero/zotero-schema``, ``schema.json``) maps nameOfAct to CSL ``title``, code to
    ``container-title``, codeNumber to ``volume``, publicLawNumber to ``number``, dateEnacted to ``issued``,
    section to ``section``, accessDate to ``accessed``. The title carries no year when ``issued`` does
    (styles add it), the section is bare (styles add ``s`` or ``§``), and a codified title goes into
    ``container-title`` and ``volume`` (``18`` ``U.S.C.``). CSL-JSON, RIS and biblatex are written from
    these fields only.
    """

    id: str
    kind: str
    """``legislation``, ``treaty`` or ``case``."""
    title: str
    title_en: str
    title_short: str | None
    number: str | None
    container: str | None
    volume: str | None
    section: str | None
    issued: date | None
    accessed: date | None
    url: str
    jurisdiction: str
    language: str
    pagination: str
    """How the instrument's parts are named: ``section``, ``article`` or ``paragraph`` (biblatex)."""
    subtype: str
    """``primary`` (acts, codes, constitutions) or ``secondary`` (decrees, regulations, orders)."""


def _title_without_year(title: str, year: int | None) -> str:
    """``Foreign Enlistment Act 1870`` → ``Foreign Enlistment Act`` when the item's year is 1870."""
    if year is None:
        return title
    return re.sub(rf"\b(Act|Law|Ordinance)(?:,\s*|\s+){year}$", r"\1", title)


def _pagination(locator: str) -> str:
    if locator.startswith(("§", "s.", "s ")) or locator.endswith("§"):
        return "section"
    if locator.startswith(("п.", "para")):
        return "paragraph"
    return "article"


def citation_fields(j: Jurisdiction, instrument: Instrument, provision: Provision | None = None) -> CitationFields:
    """The reference fields of ``instrument``, or of one of its provisions."""
    from legal_ref.citations import _number

    issued = instrument.adopted or instrument.valid.start
    year = issued.year if issued else None
    container = volume = None
    number: str | None = instrument.citation
    codified = re.fullmatch(r"(\d+) (U\.S\.C\.)", instrument.citation)
    if codified:
        volume, container, number = codified.group(1), codified.group(2), None
    source_ids = set(instrument.sources)
    if provision is not None:
        for version in provision.versions:
            source_ids |= set(version.sources)
    consulted = [s.consulted_on for s in j.sources if s.id in source_ids]
    section = None
    url = instrument.url
    if provision is not None:
        locator = provision.locator_en or provision.locator
        if not locator.startswith("(") and len(locator) < 40:
            section = (_number(locator) or locator).split(",")[0]  # the article; a pinpoint is cite-time
        url = provision.current.url or provision.url or instrument.url
    kind = {"treaty": "treaty", "case": "case"}.get(instrument.kind.value, "legislation")
    first_locator = (
        (instrument.provisions[0].locator_en or instrument.provisions[0].locator) if instrument.provisions else ""
    )
    title = _title_without_year(instrument.title, year)
    if year is not None and re.search(rf"\b{year}\b", title):
        issued = None  # the year is part of the name (a number, a date, a Hebrew year form): keep it there
    years = {year} if year is not None else set(re.findall(r"\b\d{4}\b", title))
    if number and any(re.search(rf"\b{y}\b", number) for y in years):
        number = None  # styles print the year (issued, or the title's) next to the number: it would print twice
    return CitationFields(
        id=provision.uid if provision is not None else instrument.uid,
        kind=kind,
        title=title,
        title_en=instrument.title_en,
        title_short=instrument.short_title or instrument.abbreviation,
        number=number,
        container=container,
        volume=volume,
        section=section,
        issued=issued,
        accessed=max(consulted) if consulted else None,
        url=str(url),
        jurisdiction=j.code.lower(),
        language=instrument.title_lang,
        pagination=_pagination(first_locator),
        subtype="secondary" if instrument.kind.value in ("decree", "regulation", "order") else "primary",
    )


def citation_items(lib: Library) -> list[CitationFields]:
    """Every instrument and provision of the library as reference fields, in file order."""
    items = []
    for j in lib:
        for instrument in j.instruments:
            items.append(citation_fields(j, instrument))
            items.extend(citation_fields(j, instrument, p) for p in instrument.provisions)
    return items


def _date_parts(day: date) -> dict[str, Any]:
    return {"date-parts": [[day.year, day.month, day.day]]}


CSL_TYPES = {"legislation": "legislation", "treaty": "treaty", "case": "legal_case"}
"""CSL item types. Treaties are CSL ``treaty``, which the OSCOLA, Bluebook and Chicago styles render by their
treaty rules and Juris-M imports as its treaty type; Zotero's own schema has no treaty item type (no CSL type
maps to one), so a Zotero library holds them as another type."""


def csl_item(fields: CitationFields) -> dict[str, Any]:
    """One CSL-JSON item (CSL 1.0.2 variables, plus ``translated-title`` of CSL 1.1)."""
    item: dict[str, Any] = {
        "id": fields.id,
        "type": CSL_TYPES[fields.kind],
        "title": fields.title,
        "translated-title": fields.title_en,
        "jurisdiction": fields.jurisdiction,
        "language": fields.language,
        "URL": fields.url,
    }
    optional = {
        "title-short": fields.title_short,
        "number": fields.number,
        "container-title": fields.container,
        "volume": fields.volume,
        "section": fields.section,
    }
    item.update({k: v for k, v in optional.items() if v})
    if fields.issued:
        item["issued"] = _date_parts(fields.issued)
    if fields.accessed:
        item["accessed"] = _date_parts(fields.accessed)
    return item


def csl_items(lib: Library) -> list[dict[str, Any]]:
    """CSL-JSON items for every instrument and provision (see :class:`CitationFields` for the mapping)."""
    return [csl_item(f) for f in citation_items(lib)]


RIS_TYPES = {"legislation": "STAT", "treaty": "LEGAL", "case": "CASE"}
"""RIS types: statute, legal rule (treaties) and case."""


def ris_record(fields: CitationFields) -> str:
    """One RIS record (``TY`` … ``ER``), CRLF line ends as the format specifies."""
    tags: list[tuple[str, str | None]] = [
        ("TY", RIS_TYPES[fields.kind]),
        ("ID", fields.id),
        ("TI", fields.title),
        ("TT", fields.title_en),
        ("ST", fields.title_short),
        ("T2", fields.container),
        ("VL", fields.volume),
        ("M1", fields.number),
        ("SE", fields.section),
        ("PY", str(fields.issued.year) if fields.issued else None),
        ("DA", fields.issued.strftime("%Y/%m/%d/") if fields.issued else None),
        ("Y2", fields.accessed.strftime("%Y/%m/%d/") if fields.accessed else None),
        ("CY", fields.jurisdiction.upper()),
        ("LA", fields.language),
        ("UR", fields.url),
    ]
    lines = [f"{tag}  - {value}" for tag, value in tags if value]
    return "\r\n".join([*lines, "ER  - ", ""])


def ris(lib: Library) -> str:
    """Every instrument and provision as RIS."""
    return "\r\n".join(ris_record(f) for f in citation_items(lib))


_BIBTEX_SPECIAL = str.maketrans({"{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_"})


def biblatex_entry(fields: CitationFields) -> str:
    r"""One biblatex entry: ``@legislation`` as biblatex-oscola defines it.

    Title without year, ``date``, ``number``, ``entrysubtype`` primary/secondary, ``pagination``,
    ``keywords`` the jurisdiction;
    ``@jurisdiction`` for judgments and ``@treaty`` for treaties. A provision's entry carries its section
    in ``note``; to let biblatex-oscola add ``s``/``art`` and index it, cite the instrument's entry with the
    section as postnote instead (``\cite[4]{gb:fea-1870}``).
    """
    entry_type = {"legislation": "legislation", "treaty": "treaty", "case": "jurisdiction"}[fields.kind]
    values: list[tuple[str, str | None]] = [
        ("title", fields.title),
        ("shorthand", fields.title_short),
        ("date", fields.issued.isoformat() if fields.issued else None),
        ("number", fields.number if fields.kind != "case" else None),
        ("note", f"{fields.pagination} {fields.section}" if fields.section else None),
        ("entrysubtype", fields.subtype if fields.kind == "legislation" else None),
        ("pagination", fields.pagination),
        ("keywords", fields.jurisdiction),
        ("journaltitle", fields.container),
        ("volume", fields.volume),
        ("langid", fields.language),
        ("url", fields.url),
        ("urldate", fields.accessed.isoformat() if fields.accessed else None),
    ]
    body = ",\n".join(f"  {k} = {{{v if k == 'url' else v.translate(_BIBTEX_SPECIAL)}}}" for k, v in values if v)
    return f"@{entry_type}{{{fields.id},\n{body}\n}}\n"


def biblatex(lib: Library) -> str:
    """Every instrument and provision as biblatex entries (UTF-8; biber reads it)."""
    return "\n".join(biblatex_entry(f) for f in citation_items(lib))


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
