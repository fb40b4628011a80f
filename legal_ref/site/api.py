"""The static JSON API written beside the pages, under ``api/v1/``.

Read-only documents a client in any language can fetch from wherever the site
is hosted: an index, the whole collection, one document per jurisdiction and per
provision, and the JSON Schemas. Paths never change within ``v1``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from legal_ref import DISCLAIMER, __version__
from legal_ref.assessment import OWN_FORCES_NOTE, VERDICT_LABELS, CheckTable, ServingTable, check_table, serving_table
from legal_ref.export import csl_items, datapackage, dumps, json_schema, jurisdiction_json, library_json, rules_csv
from legal_ref.library import Library
from legal_ref.models import TOPIC_LABELS, Dataset, Jurisdiction, Topic
from legal_ref.site.markdown import slug

PREFIX = "api/v1"


def provision_path(uid: str) -> str:
    """Where one provision's document lives, relative to ``docs/``."""
    return f"{PREFIX}/provisions/{slug(uid)}.json"


def api_documents(lib: Library, today: date) -> Iterator[tuple[str, str]]:
    """Every API document as ``(path relative to docs/, JSON text)``."""
    entries = []
    for j in lib:
        answer = lib.answer(j.code, Topic.FOREIGN_SERVICE, today).primary
        entries.append(
            {
                "code": j.code,
                "name": j.name,
                "document": f"jurisdictions/{j.code.lower()}.json",
                "foreign_service_regime": answer.regime.value if answer else None,
                "last_verified": j.coverage.last_verified.isoformat(),
            }
        )
    yield (
        f"{PREFIX}/index.json",
        dumps(
            {
                "dataset_version": __version__,
                "generated_on": today.isoformat(),
                "notice": DISCLAIMER,
                "jurisdictions": entries,
                "collection": "jurisdictions.json",
                "schemas": {"jurisdiction": "schema/jurisdiction.json", "dataset": "schema/dataset.json"},
            }
        ),
    )
    yield f"{PREFIX}/jurisdictions.json", library_json(lib)
    for j in lib:
        yield f"{PREFIX}/jurisdictions/{j.code.lower()}.json", jurisdiction_json(j)
        for instrument in j.instruments:
            for provision in instrument.provisions:
                yield (
                    provision_path(provision.uid),
                    dumps(
                        {
                            "id": provision.uid,
                            "jurisdiction": j.code,
                            "instrument": {
                                "id": instrument.uid,
                                "title": instrument.title,
                                "title_en": instrument.title_en,
                                "citation": instrument.citation,
                                "url": instrument.url,
                            },
                            "provision": provision.model_dump(mode="json"),
                            "citation": lib.cite(provision.uid),
                            "sources": [
                                s.model_dump(mode="json") for v in provision.versions for s in j.sources_of(v.sources)
                            ],
                        }
                    ),
                )
    yield from check_documents(lib, today)
    yield f"{PREFIX}/rules.csv", rules_csv(lib)
    yield f"{PREFIX}/citations.csl.json", dumps(csl_items(lib))
    yield f"{PREFIX}/datapackage.json", dumps(datapackage(lib, json_path="jurisdictions.json"))
    yield f"{PREFIX}/schema/check-table.json", dumps(json_schema(CheckTable, "serialization"))
    yield f"{PREFIX}/schema/check-serving.json", dumps(json_schema(ServingTable, "serialization"))
    yield f"{PREFIX}/schema/jurisdiction.json", dumps(json_schema(Jurisdiction, "serialization"))
    yield f"{PREFIX}/schema/dataset.json", dumps(json_schema(Dataset, "serialization"))
    yield f"{PREFIX}/schema/jurisdiction-file.json", dumps(json_schema(Jurisdiction, "validation"))


def check_documents(lib: Library, today: date) -> Iterator[tuple[str, str]]:
    """The check page's data: an index, one table per citizenship (every date), and the serving states' facts."""
    citizens = [j for j in lib if not j.is_international]
    earliest = min((d for j in citizens for d in [j.researched_from()] if d is not None), default=None)
    yield (
        f"{PREFIX}/checks/index.json",
        dumps(
            {
                "generated_on": today.isoformat(),
                "earliest": earliest.isoformat() if earliest else None,
                "notice": DISCLAIMER,
                "serving": "serving.json",
                "own_forces_note": OWN_FORCES_NOTE,
                "verdicts": {v.value: label for v, label in VERDICT_LABELS.items()},
                "topics": {t.value: label for t, label in TOPIC_LABELS.items()},
                "citizenships": [
                    {"code": j.code, "name": j.name, "document": f"{j.code.lower()}.json"} for j in citizens
                ],
            }
        ),
    )
    yield f"{PREFIX}/checks/serving.json", dumps(serving_table(lib).model_dump(mode="json"), compact=True)
    for j in citizens:
        yield (
            f"{PREFIX}/checks/{j.code.lower()}.json",
            dumps(check_table(lib, j.code).model_dump(mode="json"), compact=True),
        )
