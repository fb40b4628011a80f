"""Exports: lossless JSON (also for generated data), CSV that reads back, CSL-JSON a CSL processor accepts."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legal_ref.export import CSV_COLUMNS, csl_items, datapackage, library_json, rule_rows, rules_csv
from legal_ref.library import Library
from legal_ref.models import Dataset, Jurisdiction, Regime, Topic


def test_json_round_trip(lib: Library) -> None:
    text = library_json(lib)
    assert Dataset.model_validate_json(text) == lib.dataset
    assert library_json(Library(Dataset.model_validate_json(text))) == text


slugs = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
days = st.dates(min_value=date(1800, 1, 1), max_value=date(2026, 1, 1))


@st.composite
def jurisdictions(draw: st.DrawFn) -> Jurisdiction:
    start = draw(days)
    source = {"id": "s", "url": "https://example.org/x", "title": draw(words), "publisher": draw(words),
              "kind": "legislation", "official": True, "language": "en", "consulted_on": "2026-01-01"}  # fmt: skip
    version = {"valid": {"start": start.isoformat()}, "summary": draw(words), "sources": ["s"]}
    prov_id = draw(slugs)
    rule = {
        "id": draw(slugs), "topic": draw(st.sampled_from(list(Topic))).value, "binds": ["citizens"],
        "regime": draw(st.sampled_from([Regime.PERMITTED, Regime.PROHIBITED, Regime.UNCLEAR])).value,
        "summary": draw(words), "valid": {"start": start.isoformat()}, "rests_on": [f"act:{prov_id}"],
        "sources": ["s"], "confidence": "official_publication", "verified_on": "2026-01-01",
        "penalties": [{"imprisonment": {"max": f"{draw(st.integers(1, 30))} years"}}],
    }  # fmt: skip
    return Jurisdiction.model_validate(
        {
            "code": draw(st.sampled_from(["AD", "AT", "NO", "XK"])), "name": draw(words),
            "names": [{"lang": "en", "text": draw(words)}], "coverage": {"last_verified": "2026-01-01"},
            "sources": [source],
            "instruments": [{"id": "act", "kind": "act", "title": draw(words), "title_lang": "en",
                             "title_en": draw(words), "citation": draw(words), "valid": {},
                             "url": "https://example.org/act", "sources": ["s"],
                             "provisions": [{"id": prov_id, "locator": draw(words), "versions": [version]}]}],
            "rules": [rule],
        }
    )  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(jurisdictions())
def test_json_round_trip_of_generated_data(j: Jurisdiction) -> None:
    lib = Library(Dataset(jurisdictions=(j,)))
    again = Dataset.model_validate_json(library_json(lib))
    assert again == lib.dataset
    assert again.jurisdictions[0].rules[0].uid == j.rules[0].uid


def test_csv_reads_back_to_the_same_rows(lib: Library) -> None:
    text = rules_csv(lib)
    assert text.startswith(",".join(c[0] for c in CSV_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows == rule_rows(lib)
    assert len(rows) == sum(len(j.rules) for j in lib)
    cz = next(r for r in rows if r["rule_id"] == "cz:foreign-service")
    assert cz["authority"] == "President of the Republic" and cz["max_imprisonment"] == "10 years"


def _csl_variables() -> set[str]:
    """Variable names and item types declared by the CSL schema bundled with citeproc-py."""
    schema = resources.files("citeproc").joinpath("data/schema/schemas/styles")
    names: set[str] = set()
    for name in ("csl-variables.rnc", "csl-types.rnc"):
        names |= set(re.findall(r'"([A-Za-z][A-Za-z_-]*)"', schema.joinpath(name).read_text(encoding="utf-8")))
    return names


def test_csl_json_uses_only_csl_variables_and_types(lib: Library) -> None:
    items = csl_items(lib)
    # translated-title is a CSL 1.1 input variable (csl-data.json), newer than the 1.0 schema bundled here.
    known = _csl_variables() | {"id", "type", "language", "translated-title"}
    assert {i["type"] for i in items} <= _csl_variables()
    for item in items:
        assert set(item) <= known, set(item) - known
        assert all(isinstance(v, (str, dict)) for v in item.values())
    assert {"cz:criminal-code", "cz:criminal-code:s321"} <= {i["id"] for i in items}


@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_csl_json_is_accepted_by_a_csl_processor(lib: Library) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = [i for i in csl_items(lib) if i["id"].startswith(("cz:", "gb:"))]
    source = CiteProcJSON(json.loads(json.dumps(items)))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem("cz:criminal-code:s321")]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert any("trestní zákoník" in entry for entry in rendered)


def test_datapackage_is_valid(lib: Library, tmp_path: Path) -> None:
    from frictionless import Package

    (tmp_path / "rules.csv").write_text(rules_csv(lib), encoding="utf-8", newline="")
    (tmp_path / "legal-ref.json").write_text(library_json(lib), encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(json.dumps(datapackage(lib)), encoding="utf-8")
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_ris_and_biblatex_come_from_the_csl_fields(lib: Library) -> None:
    from legal_ref.export import biblatex, citation_items, csl_item, ris

    fields = {f.id: f for f in citation_items(lib)}
    fea = fields["gb:fea-1870:s4"]
    # One mapping: the title without its year (issued carries it), the bare section, the access date.
    assert csl_item(fea)["title"] == "Foreign Enlistment Act" and csl_item(fea)["section"] == "4"
    assert csl_item(fea)["issued"] == {"date-parts": [[1870, 8, 9]]} and "accessed" in csl_item(fea)
    usc = csl_item(fields["us:title-18-usc:s959"])
    assert (usc["volume"], usc["container-title"], usc["section"]) == ("18", "U.S.C.", "959")
    records = ris(lib).split("ER  - \r\n")
    assert len(records) - 1 == len(fields)
    record = next(r for r in records if "ID  - gb:fea-1870:s4\r\n" in r)
    assert record.lstrip().startswith("TY  - STAT\r\n") and "TI  - Foreign Enlistment Act\r\n" in record
    assert "SE  - 4\r\n" in record and "PY  - 1870\r\n" in record
    # biblatex-oscola's @legislation: title without year, date, entrysubtype primary, pagination, keywords.
    entries = biblatex(lib)
    entry = entries[entries.index("@legislation{gb:fea-1870,") :].split("\n}\n")[0]
    assert "title = {Foreign Enlistment Act}" in entry and "date = {1870-08-09}" in entry
    assert "entrysubtype = {primary}" in entry and "pagination = {section}" in entry and "keywords = {gb}" in entry
    assert "number = {33 \\& 34 Vict. c. 90}" in entry
    assert len(re.findall(r"^@\w+\{", entries, flags=re.M)) == len(fields)
