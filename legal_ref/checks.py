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
    LEGAL_TEXT_KINDS,
    USER_ASSIGNED_CODES,
    Clause,
    Confidence,
    Dataset,
    Jurisdiction,
    Penalty,
    Rule,
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
    legal_texts = {s.id for s in j.sources if s.kind in LEGAL_TEXT_KINDS}
    official_texts = {s.id for s in j.sources if s.kind in LEGAL_TEXT_KINDS and s.official}
    yield from _duplicate_ids(("sources",), "source", source_ids)
    if j.coverage.last_verified > today:
        yield ("coverage", "last_verified"), f"last_verified {j.coverage.last_verified} is in the future"
    for i, source in enumerate(j.sources):
        if source.kind in LEGAL_TEXT_KINDS and "official" not in source.model_fields_set:
            yield (
                ("sources", i, "official"),
                (
                    "say whether this text is the state's own official publication (official: true) "
                    "or a reproduction (official: false)"
                ),
            )
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
            loc = ("instruments", i, "provisions", k)
            if prov.versions[0].valid.earliest is None:
                yield (*loc, "versions", 0, "valid"), _OPEN_START
            first = prov.versions[0].valid.earliest
            if first is not None and ins.valid.start is not None and first < ins.valid.start:
                yield (
                    (*loc, "versions", 0, "valid"),
                    f"the provision's first version ({first}) starts before its instrument ({ins.valid.start})",
                )
            for v, version in enumerate(prov.versions):
                yield from refs((*loc, "versions", v, "sources"), version.sources)

    provision_keys = {f"{ins.id}:{p.id}" for ins in j.instruments for p in ins.provisions}
    advice_ids = [a.source for a in j.advice]
    for i, advice in enumerate(j.advice):
        if advice.source not in source_set:
            yield ("advice", i, "source"), f"source {advice.source!r} is not among this file's sources"
    yield from _duplicate_ids(("advice",), "advice", advice_ids)
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
        if rule.authorization and rule.authorization.application:
            application = rule.authorization.application
            yield from refs(("rules", i, "authorization", "application", "sources"), application.sources)
        if all(key in provision_keys for key in rule.rests_on):
            yield from _rule_dates(j, i, rule)
        for k, d in enumerate(rule.disagreements):
            yield from refs(("rules", i, "disagreements", k, "sources"), d.sources)
            if d.followed not in d.sources:
                yield ("rules", i, "disagreements", k, "followed"), "followed must be one of the listed sources"
        read = set(rule.sources) | {
            sid
            for key in rule.rests_on
            if key in provision_keys
            for version in j.provision(key).versions
            for sid in version.sources
        }
        if rule.confidence is Confidence.OFFICIAL_PUBLICATION and not official_texts & read:
            yield (
                ("rules", i, "confidence"),
                (
                    "confidence official_publication needs a source of kind legislation or gazette with official: true "
                    "among the rule's sources or those of the provisions it rests on; use 'reproduction' when the text "
                    "was read in a copy, 'secondary' when only commentary was read"
                ),
            )
        if rule.confidence is Confidence.REPRODUCTION and not legal_texts & read:
            yield (
                ("rules", i, "confidence"),
                (
                    "confidence reproduction needs a source of kind legislation or gazette (the text itself) among the "
                    "rule's sources or those of the provisions it rests on; use 'secondary' otherwise"
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


_OPEN_START = (
    "no start date: give valid.start, or, where the start is not confirmed, valid.confirmed_from "
    "(the earliest date on which it is confirmed in force)"
)


def _rule_dates(j: Jurisdiction, index: int, rule: Rule) -> Iterator[Finding]:
    """A rule has a start, and neither starts before the provisions it rests on nor states other penalties."""
    loc: Location = ("rules", index, "valid")
    earliest = rule.valid.earliest
    if earliest is None:
        yield loc, _OPEN_START
        return
    for key in rule.rests_on:
        provision = j.provision(key)
        instrument_start = provision.instrument.valid.start
        if instrument_start is not None and earliest < instrument_start:
            yield (
                loc,
                (
                    f"the rule starts ({earliest}) before {provision.instrument.title_en} enters into force "
                    f"({instrument_start}); split the rule or correct the dates"
                ),
            )
        first = provision.versions[0].valid.earliest
        if first is not None and earliest < first:
            yield loc, f"the rule starts ({earliest}) before {key} is in force ({first})"
        stated = {_penalty_key(p) for p in rule.penalties}
        for version in provision.versions:
            if not version.penalties or not version.valid.overlaps(rule.valid):
                continue
            missing = [str(p) for p in version.penalties if _penalty_key(p) not in stated]
            if missing:
                yield (
                    ("rules", index, "penalties"),
                    (
                        f"{key} in its version {version.valid} sets {'; '.join(missing)}, which the rule (valid "
                        f"{rule.valid}) does not state: give the rule the same penalties or split it at the "
                        "version's dates"
                    ),
                )


def _penalty_key(penalty: Penalty) -> str:
    """A penalty compared by its ranges, not its label or the circumstance's wording."""
    return str(penalty)


def check_dataset(dataset: Dataset) -> Iterator[tuple[str | None, Location, str]]:
    """Checks across files: unique codes, and organisations that memberships and conditions name.

    Yields ``(jurisdiction code or None for the organisations file, location, message)``.
    """
    organisations = {o.id for o in dataset.organisations}
    codes = [j.code for j in dataset.jurisdictions]
    for k, member in enumerate(dataset.un_members.members if dataset.un_members else ()):
        if member not in iso_alpha2_codes():
            yield None, ("un-members", k), f"{member!r} is not an ISO 3166-1 alpha-2 code"
    for c, conflict in enumerate(dataset.conflicts):
        for k, party in enumerate(conflict.parties):
            if party not in USER_ASSIGNED_CODES and party not in iso_alpha2_codes():
                yield None, ("conflicts", c, "parties", k), f"{party!r} is not an ISO 3166-1 alpha-2 code"
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
            conditions = rule.condition.all_of if rule.condition else ()
            clauses: list[tuple[Location, Clause]] = [(("condition", "all_of", k), c) for k, c in enumerate(conditions)]
            clauses += [(("exemptions", k), c) for k, c in enumerate(rule.exemptions)]
            for where, clause in clauses:
                for k, org in enumerate(clause.organisations):
                    if org not in organisations:
                        yield j.code, ("rules", i, *where, "organisations", k), f"unknown organisation {org!r}"
                for k, state in enumerate(clause.states):
                    if state not in USER_ASSIGNED_CODES and state not in iso_alpha2_codes():
                        yield j.code, ("rules", i, *where, "states", k), f"{state!r} is not an ISO 3166-1 alpha-2 code"
