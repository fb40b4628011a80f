"""The real MkDocs build: strict, without warnings, with every page and API document in place."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from legal_ref.library import Library


def test_builds_strict_without_warnings(built_site: tuple[Path, str]) -> None:
    _, log = built_site
    assert "WARNING" not in log
    assert "ERROR" not in log


def test_pages_are_built(built_site: tuple[Path, str], lib: Library) -> None:
    site, _ = built_site
    for j in lib:
        assert (site / "jurisdictions" / j.code.lower() / "index.html").exists()
    for page in ("compare", "topics/inbound", "developers", "data-format", "methodology", "changelog"):
        assert (site / page / "index.html").exists(), page


def test_site_works_offline(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    for html in (site / "index.html", site / "jurisdictions" / "cz" / "index.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text
        assert "unpkg.com" not in text and "cdn.jsdelivr.net" not in text


def test_map_is_rendered_at_build_time(built_site: tuple[Path, str]) -> None:
    home = (built_site[0] / "index.html").read_text(encoding="utf-8")
    assert home.count("<path ") > 150
    assert 'data-code="CZ"' in home


def test_api_documents_validate_against_the_published_schema(built_site: tuple[Path, str], lib: Library) -> None:
    api = built_site[0] / "api" / "v1"
    schema = json.loads((api / "schema" / "jurisdiction.json").read_text())
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    for j in lib:
        document = json.loads((api / "jurisdictions" / f"{j.code.lower()}.json").read_text())
        errors = list(validator.iter_errors(document))
        assert errors == [], f"{j.code}: {errors[0].message if errors else ''}"
    dataset_schema = json.loads((api / "schema" / "dataset.json").read_text())
    Draft202012Validator(dataset_schema).validate(json.loads((api / "jurisdictions.json").read_text()))
    index = json.loads((api / "index.json").read_text())
    assert {e["code"] for e in index["jurisdictions"]} == {j.code for j in lib}
    assert (api / "provisions" / "cz-criminal-code-s321.json").exists()


def test_precomputed_checks_validate_and_cover_every_citizenship(built_site: tuple[Path, str], lib: Library) -> None:
    api = built_site[0] / "api" / "v1"
    validator = Draft202012Validator(json.loads((api / "schema" / "check-table.json").read_text()))
    index = json.loads((api / "checks" / "index.json").read_text())
    codes = {c["code"] for c in index["citizenships"]}
    assert codes == {j.code for j in lib if not j.is_international}
    for code in codes:
        document = json.loads((api / "checks" / f"{code.lower()}.json").read_text())
        validator.validate(document)
    cz = json.loads((api / "checks" / "cz.json").read_text())
    today = cz["periods"][-1]["serve_in"]

    def answer(serve: str) -> dict[str, object]:
        situation: dict[str, dict[str, object]] = cz["situations"][today[serve][0]]
        return situation["answer"]

    assert answer("UA")["permission"] == "yes" and "President of the Republic" in str(answer("UA")["permission_line"])
    assert answer("PL")["permission"] == "no"  # the NATO exemption
    dual = cz["situations"][today["UA"][2]]["answer"]
    assert dual["permission"] == "no"  # exempt: also a national of Ukraine
    serving = json.loads((api / "checks" / "serving.json").read_text())
    Draft202012Validator(json.loads((api / "schema" / "check-serving.json").read_text())).validate(serving)
    assert set(serving["states"]) == codes


def test_downloads_are_published(built_site: tuple[Path, str]) -> None:
    api = built_site[0] / "api" / "v1"
    for name in ("rules.csv", "citations.csl.json", "datapackage.json"):
        assert (api / name).stat().st_size > 1000, name


def test_jurisdictions_table_lists_every_un_member(built_site: tuple[Path, str]) -> None:
    html = (built_site[0] / "jurisdictions" / "index.html").read_text(encoding="utf-8")
    assert "193 UN members" in html
    assert "Viet Nam" in html or "Vietnam" in html  # not researched, still listed
