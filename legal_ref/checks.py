"""Checks that span fields and files: references resolve, ids are unique, codes are ISO, verification is honest.

Field types and single-object invariants live in the models; what needs the whole
file (or the whole dataset) lives here. Each check yields ``(location, message)``
where the location is a path of keys and indices into the source file, so the
loader can point at the offending line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import cache

from legal_ref.models import (
    USER_ASSIGNED_CODES,
    Confidence,
    Dataset,
    Jurisdiction,
    SourceKind,
)

Location = tuple[str | int, ...]
Finding = tuple[Location, str]


@cache
def iso_alpha2_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, from pycountry (imported only when checking data)."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


@cache
def iso_currency_codes() -> frozenset[str]:
    """The ISO 4217 currency codes, from pycountry."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _duplicate_ids(loc: Location, kind: str, ids: list[str]) -> Iterator[Finding]:
    """Every item of a list whose id another item of the same list also has."""
    repeated = {i for i, n in Counter(ids).items() if n > 1}
    for index, item_id in enumerate(ids):
        if item_id in repeated:
            yield (*loc, index, "id"), f"duplicate {kind} id {item_id!r}"


def check_jurisdiction(j: Jurisdiction, today: date) -> Iterator[Finding]:
    """Everything that must hold within one jurisdiction file."""
    if j.code not in USER_ASSIGNED_CODES and j.code not in iso_alpha2_codes():
        yield ("code",), f"{j.code!r} is not an ISO 3166-1 alpha-2 code (nor one of {sorted(USER_ASSIGNED_CODES)})"

    source_ids = [s.id for s in j.sources]
    source_set = set(source_ids)
    official = {s.id for s in j.sources if s.kind is SourceKind.OFFICIAL_TEXT}
    yield from _duplicate_ids(("sources",), "source", source_ids)
    for i, source in enumerate(j.sources):
        if source.consulted_on > today:
            yield ("sources", i, "consulted_on"), f"consulted_on {source.consulted_on} is in the future"

    def refs(loc: Location, ids: tuple[str, ...]) -> Iterator[Finding]:
        for k, sid in enumerate(ids):
            if sid not in source_set:
                yield (*loc, k), f"source {sid!r} is not among this file's sources"

    for i, m in enumerate(j.memberships):
        yield from refs(("memberships", i, "sources"), m.sources)

    yield from _duplicate_ids(("instruments",), "instrument", [ins.id for ins in j.instruments])
    for i, ins in enumerate(j.instruments):
        yield from refs(("instruments", i, "sources"), ins.sources)
        if ins.adopted and ins.valid.start and ins.valid.start < ins.adopted:
            yield (
                ("instruments", i, "valid", "start"),
                (f"entry into force {ins.valid.start} is before adoption {ins.adopted}"),
            )
        yield from _duplicate_ids(("instruments", i, "provisions"), "provision", [p.id for p in ins.provisions])
        for k, prov in enumerate(ins.provisions):
            for v, version in enumerate(prov.versions):
                yield from refs(("instruments", i, "provisions", k, "versions", v, "sources"), version.sources)

    provision_keys = {f"{ins.id}:{p.id}" for ins in j.instruments for p in ins.provisions}
    rule_ids = [r.id for r in j.rules]
    yield from _duplicate_ids(("rules",), "rule", rule_ids)
    for i, rule in enumerate(j.rules):
        for k, key in enumerate(rule.rests_on):
            if key not in provision_keys:
                yield (
                    ("rules", i, "rests_on", k),
                    (f"provision {key!r} does not exist; known: {', '.join(sorted(provision_keys)) or 'none'}"),
                )
        yield from refs(("rules", i, "sources"), rule.sources)
        for k, d in enumerate(rule.disagreements):
            yield from refs(("rules", i, "disagreements", k, "sources"), d.sources)
            if d.followed not in d.sources:
                yield ("rules", i, "disagreements", k, "followed"), "followed must be one of the listed sources"
        if rule.confidence is Confidence.OFFICIAL_TEXT and not official.intersection(rule.sources):
            yield (
                ("rules", i, "confidence"),
                (
                    "confidence official_text needs at least one source of kind official_text in the rule's sources; "
                    "use 'secondary' or 'unverified' when the official text was not read"
                ),
            )
        if rule.verified_on > today:
            yield ("rules", i, "verified_on"), f"verified_on {rule.verified_on} is in the future"
        for k, penalty in enumerate(rule.penalties):
            currency = penalty.fine.currency if penalty.fine else None
            if currency and currency not in iso_currency_codes():
                yield ("rules", i, "penalties", k, "fine", "currency"), f"{currency!r} is not an ISO 4217 code"
        for k, term in enumerate(rule.terms):
            if term.amount and term.amount.currency not in iso_currency_codes():
                yield (
                    ("rules", i, "terms", k, "amount", "currency"),
                    (f"{term.amount.currency!r} is not an ISO 4217 code"),
                )

    rule_set = set(rule_ids)
    yield from _duplicate_ids(("events",), "event", [e.id for e in j.events])
    for i, event in enumerate(j.events):
        for k, rid in enumerate(event.rules):
            if rid not in rule_set:
                yield ("events", i, "rules", k), f"rule {rid!r} does not exist in this file"
        yield from refs(("events", i, "sources"), event.sources)


def check_dataset(dataset: Dataset) -> Iterator[tuple[str | None, Location, str]]:
    """Checks across files: unique codes, and organisations that memberships and conditions name.

    Yields ``(jurisdiction code or None for the organisations file, location, message)``.
    """
    organisations = {o.id for o in dataset.organisations}
    codes = [j.code for j in dataset.jurisdictions]
    for k, member in enumerate(dataset.un_members.members if dataset.un_members else ()):
        if member not in iso_alpha2_codes():
            yield None, ("un-members", k), f"{member!r} is not an ISO 3166-1 alpha-2 code"
    for conflict in dataset.conflicts:
        for party in conflict.parties:
            if party not in USER_ASSIGNED_CODES and party not in iso_alpha2_codes():
                yield None, ("conflicts", conflict.id, "parties"), f"{party!r} is not an ISO 3166-1 alpha-2 code"
    for j in dataset.jurisdictions:
        if codes.count(j.code) > 1:
            yield j.code, ("code",), f"jurisdiction {j.code} is defined in more than one file"
        for i, m in enumerate(j.memberships):
            if m.organisation not in organisations:
                yield (
                    j.code,
                    ("memberships", i, "organisation"),
                    (f"unknown organisation {m.organisation!r}; known: {', '.join(sorted(organisations))}"),
                )
        for i, rule in enumerate(j.rules):
            if rule.condition:
                for k, org in enumerate(rule.condition.organisations):
                    if org not in organisations:
                        yield j.code, ("rules", i, "condition", "organisations", k), f"unknown organisation {org!r}"
