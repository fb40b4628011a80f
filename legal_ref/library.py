"""The query API: look up jurisdictions, provisions and rules, filter rules by date, compare jurisdictions."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, overload

from pydantic import BaseModel, ConfigDict

from legal_ref.errors import BundleError, UnknownNameError
from legal_ref.models import (
    INTERNATIONAL,
    AuthorityKind,
    Confidence,
    Conflict,
    Dataset,
    Jurisdiction,
    NationalityEffectKind,
    Organisation,
    Person,
    Provision,
    Regime,
    Rule,
    Topic,
)
from legal_ref.periods import TimeStatus

if TYPE_CHECKING:
    from legal_ref.assessment import Assessment
    from legal_ref.citations import CitationStyle

E = TypeVar("E", bound=StrEnum)

ALIASES = {"uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "usa": "US", "america": "US"}
"""Common English names that are neither codes nor ISO names, mapped to the code they mean."""


def _name(value: object, kind: str = "jurisdiction") -> str:
    """``value`` when it is a str, else a ``TypeError`` saying what is expected."""
    if not isinstance(value, str):
        raise TypeError(f"a {kind} is named by a str (e.g. 'CZ'), not {type(value).__name__}")
    return value


def _day(value: object, name: str = "as_of") -> date | None:
    """``value`` when it is a date or None, else a ``TypeError`` (a datetime or a str is refused, not guessed)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        raise TypeError(f"{name} is a datetime.date; pass {name}.date() instead of a datetime")
    hint = f"; use date.fromisoformat({value!r})" if isinstance(value, str) and len(value) < 40 else ""
    raise TypeError(f"{name} is a datetime.date, not {type(value).__name__}{hint}")


def _names_of(value: object, kind: str = "jurisdiction") -> list[str]:
    """One name (a str) or several (an iterable of str), as a list; never the letters of a str."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Iterable):
        raise TypeError(f"{kind}s are a str or a list of str, not {type(value).__name__}")
    return [_name(item, kind) for item in value]


def parse_choice(enum: type[E], value: E | str, kind: str) -> E:
    """Turn ``value`` into a member of ``enum``, accepting spaces for underscores and any case.

    Raises :class:`UnknownNameError` with close matches when nothing fits.
    """
    if isinstance(value, enum):
        return value
    if not isinstance(value, str):
        raise TypeError(f"a {kind} is a str or {enum.__name__}, not {type(value).__name__}")
    normalised = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum(normalised)
    except ValueError:
        raise UnknownNameError(kind, str(value), [m.value for m in enum], list_choices=True) from None


@dataclass(frozen=True)
class RuleSelection(Sequence[Rule]):
    """The rules a query matched, and — so that an empty answer is never silent — why others were left out."""

    rules: tuple[Rule, ...]
    """Rules matching every filter (and in force on ``as_of``, when given)."""
    as_of: date | None = None
    excluded: tuple[tuple[Rule, TimeStatus], ...] = ()
    """Rules that matched the other filters but were not in force on ``as_of``, with their status then."""
    outside_coverage: tuple[str, ...] = ()
    """Codes of jurisdictions whose researched period starts after ``as_of``."""

    @overload
    def __getitem__(self, index: int) -> Rule: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Rule]: ...
    def __getitem__(self, index: int | slice) -> Rule | Sequence[Rule]:
        return self.rules[index]

    def __len__(self) -> int:
        return len(self.rules)

    def explain(self) -> str:
        """A sentence saying what matched and what was left out on the date."""
        text = f"{len(self.rules)} rule(s) in force" + (f" on {self.as_of}" if self.as_of else "")
        if self.excluded:
            parts = ", ".join(f"{r.uid} ({status.value.replace('_', ' ')})" for r, status in self.excluded)
            text += f"; not in force then: {parts}"
        if self.outside_coverage:
            text += f"; outside the researched period: {', '.join(self.outside_coverage)}"
        return text


@dataclass(frozen=True)
class TopicAnswer:
    """What one jurisdiction's law said on one topic on one date."""

    jurisdiction: Jurisdiction
    topic: Topic
    as_of: date
    status: TimeStatus
    """``in_force`` when rules applied; otherwise why none did."""
    rules: tuple[Rule, ...] = field(default=())
    """The rules in force, in file order; the first is the primary one."""

    @property
    def primary(self) -> Rule | None:
        """The rule that answers for the state's own citizens: the first in force that binds them, else the first."""
        for rule in self.rules:
            if Person.CITIZENS in rule.binds:
                return rule
        return self.rules[0] if self.rules else None


class ComparisonRow(BaseModel):
    """One jurisdiction on one topic, reduced to the dimensions that compare across jurisdictions."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    code: str
    name: str
    topic: Topic
    as_of: date
    status: TimeStatus
    rules: tuple[str, ...]
    """Global ids of the rules in force."""
    regime: Regime | None
    binds: tuple[Person, ...]
    condition: str | None
    authority_kind: AuthorityKind | None
    authority: str | None
    """The authorizing office."""
    exemptions: tuple[str, ...]
    penalty: str | None
    """The penalty ranges in words."""
    max_imprisonment: str | None
    max_imprisonment_months: float | None
    nationality_effect: NationalityEffectKind | None
    recruitment_ban: bool | None
    """Whether recruiting on the territory is prohibited or needs authorization (None: not researched)."""
    confidence: Confidence | None
    last_verified: date
    citations: tuple[str, ...]


_RESTRICTIVE = {Regime.PROHIBITED, Regime.AUTHORIZATION_REQUIRED, Regime.CONDITIONALLY_PROHIBITED}


class Library:
    """The whole validated library: jurisdictions, their rules and provisions, and the organisations."""

    def __init__(self, dataset: Dataset) -> None:
        self.__dict__["dataset"] = dataset  # the cached_property below is only computed for lazy libraries
        self._built: dict[str, Jurisdiction] = {j.code: j for j in dataset.jurisdictions}
        self._raw: Mapping[str, Mapping[str, Any]] = {}
        self._shared: Mapping[str, Any] = {}
        self._codes = tuple(self._built)
        self._name_rows = [(j.code, j.name, tuple(n.text for n in j.names)) for j in dataset.jurisdictions]
        self._citations: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_bundle(cls, payload: dict[str, Any]) -> Library:
        """A library over a compiled bundle's JSON whose jurisdictions are built only when first used.

        ``lib["CZ"]`` builds Czechia alone; anything that walks every jurisdiction builds them all once.
        """
        raw = {j["code"]: j for j in payload.get("jurisdictions", ())}
        names = [(j["code"], j["name"], tuple(n["text"] for n in j.get("names", ()))) for j in raw.values()]
        return cls.from_parts(raw, {k: v for k, v in payload.items() if k != "jurisdictions"}, names)

    @classmethod
    def from_parts(
        cls,
        raw: Mapping[str, Mapping[str, Any]],
        shared: Mapping[str, Any],
        names: list[tuple[str, str, tuple[str, ...]]],
    ) -> Library:
        """A lazy library over each jurisdiction's JSON by code, the shared parts' JSON, and each code's names."""
        lib = cls.__new__(cls)
        lib._raw = raw
        lib._shared = shared
        lib._built = {}
        lib._codes = tuple(code for code, _, _ in names)
        lib._name_rows = names
        lib._citations = {}
        lib._lock = threading.Lock()
        return lib

    @cached_property
    def dataset(self) -> Dataset:
        """The whole dataset (for a library loaded from a bundle, built on first use)."""
        shared = self._shared_dataset
        return shared.model_copy(update={"jurisdictions": tuple(self._get(c) for c in self._codes)})

    @cached_property
    def _shared_dataset(self) -> Dataset:
        """The organisations, conflicts and state list; for a lazy library, without building any jurisdiction."""
        if "dataset" in self.__dict__:
            return self.dataset
        from legal_ref.construct import construct

        return construct(Dataset, self._shared)

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """The recorded armed conflicts (reading them builds no jurisdiction)."""
        return self._shared_dataset.conflicts

    def conflicts_on(self, day: date, party: str) -> tuple[Conflict, ...]:
        """The recorded armed conflicts ``party`` was a party to on ``day``."""
        return self._shared_dataset.conflicts_on(day, party)

    def _get(self, code: str) -> Jurisdiction:
        built = self._built.get(code)
        if built is None:
            with self._lock:  # one object per jurisdiction, whichever thread asks first
                built = self._built.get(code)
                if built is None:
                    built = self._built[code] = self._construct(code)
        return built

    def _construct(self, code: str) -> Jurisdiction:
        from legal_ref.construct import construct

        try:
            return construct(Jurisdiction, self._raw[code])
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            from legal_ref.loading import RECOVER

            raise BundleError(
                f"the bundle's entry for {code} is damaged ({type(exc).__name__}: {exc}); {RECOVER}"
            ) from None

    # -- jurisdictions ---------------------------------------------------

    @property
    def jurisdictions(self) -> tuple[Jurisdiction, ...]:
        """Every jurisdiction, in code order."""
        return self.dataset.jurisdictions

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        """Every organisation memberships may refer to."""
        return self.dataset.organisations

    def __iter__(self) -> Iterator[Jurisdiction]:
        return iter(self.dataset.jurisdictions)

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._code_of(name) is not None

    def __getitem__(self, name: str) -> Jurisdiction:
        return self.jurisdiction(name)

    def get(self, name: str) -> Jurisdiction | None:
        """The jurisdiction named ``name``, or ``None`` when the library has none by that name."""
        code = self._code_of(_name(name))
        return self._get(code) if code else None

    @cached_property
    def _names(self) -> dict[str, str]:
        """Every accepted spelling (lower case) mapped to a code: codes, alpha-3, English and official names."""
        names: dict[str, str] = {}
        for code, name, local_names in self._name_rows:
            names[code.lower()] = code
            names[name.lower()] = code
            for local in local_names:
                names[local.lower()] = code
        names["international"] = INTERNATIONAL
        for alias, code in ALIASES.items():
            if code in self._codes:
                names.setdefault(alias, code)
        return names

    @cached_property
    def _iso_names(self) -> dict[str, str]:
        import pycountry

        names: dict[str, str] = {}
        for country in pycountry.countries:
            if country.alpha_2 in self._codes:
                names[country.alpha_3.lower()] = country.alpha_2
                names[country.name.lower()] = country.alpha_2
                for attr in ("common_name", "official_name"):
                    if value := getattr(country, attr, None):
                        names[value.lower()] = country.alpha_2
        return names

    def _code_of(self, name: str) -> str | None:
        key = name.strip().lower()
        # pycountry (alpha-3 codes, other English names) is imported only when the data's own names miss.
        return self._names.get(key) or self._iso_names.get(key)

    def jurisdiction(self, name: str) -> Jurisdiction:
        """A jurisdiction by ISO alpha-2 or alpha-3 code or English name, in any case (``"CZ"``, ``"Czechia"``).

        Raises :class:`~legal_ref.errors.UnknownNameError` with close matches when nothing fits.
        """
        code = self._code_of(_name(name))
        if code is None:
            known = [row[0] for row in self._name_rows] + [row[1] for row in self._name_rows]
            raise UnknownNameError("jurisdiction", name, known)
        return self._get(code)

    # -- provisions and rules ------------------------------------------

    @cached_property
    def _provisions(self) -> dict[str, Provision]:
        return {p.uid: p for j in self.dataset.jurisdictions for i in j.instruments for p in i.provisions}

    @cached_property
    def _rules(self) -> dict[str, Rule]:
        return {r.uid: r for j in self.dataset.jurisdictions for r in j.rules}

    @cached_property
    def _rule_indexes(self) -> dict[str, list[tuple[Any, ...]]]:
        """Per jurisdiction, each rule with the fields queries filter on, and its interval as day ordinals."""
        far_past, far_future = date.min.toordinal(), date.max.toordinal() + 1
        return {
            j.code: [
                (
                    r,
                    r.topic,
                    r.regime,
                    r.authorization.authority if r.authorization else None,
                    frozenset(r.binds),
                    r.valid.earliest.toordinal() if r.valid.earliest else far_past,
                    r.valid.end.toordinal() if r.valid.end else far_future,
                    r.valid.start_confirmed,
                )
                for r in j.rules
            ]
            for j in self.dataset.jurisdictions
        }

    def provision(self, uid: str) -> Provision:
        """A provision by its global id, e.g. ``"cz:criminal-code:s321"``."""
        try:
            return self._provisions[_name(uid, "provision").strip().lower()]
        except KeyError:
            raise UnknownNameError("provision", uid, self._provisions) from None

    def rule(self, uid: str) -> Rule:
        """A rule by its global id, e.g. ``"cz:foreign-service"``."""
        try:
            return self._rules[_name(uid, "rule").strip().lower()]
        except KeyError:
            raise UnknownNameError("rule", uid, self._rules) from None

    def jurisdiction_of(self, item: Rule | Provision) -> Jurisdiction:
        """The jurisdiction a rule or provision belongs to."""
        return self._get(item.uid.split(":", 1)[0].upper())

    def provisions_of(self, rule: Rule) -> tuple[Provision, ...]:
        """The provisions a rule rests on."""
        return self.jurisdiction_of(rule).provisions_of(rule)

    def cite(self, uid: str, style: CitationStyle | str = "oscola", pinpoint: str | None = None) -> str:
        """A citation of the provision ``uid`` in ``style`` (``oscola``, ``bluebook`` or ``local``)."""
        from legal_ref.citations import CitationStyle, cite

        return cite(self.provision(uid), parse_choice(CitationStyle, style, "citation style"), pinpoint)

    def citations_of(self, rule: Rule) -> tuple[str, ...]:
        """OSCOLA citations of the provisions a rule rests on."""
        cached = self._citations.get(rule.uid)
        if cached is None:
            from legal_ref.citations import cite

            cached = self._citations[rule.uid] = tuple(cite(p) for p in self.provisions_of(rule))
        return cached

    def rules(
        self,
        *,
        topic: Topic | str | None = None,
        regime: Regime | str | None = None,
        authority: AuthorityKind | str | None = None,
        binds: Person | str | None = None,
        jurisdiction: str | Iterable[str] | None = None,
        as_of: date | None = None,
    ) -> RuleSelection:
        """Rules matching every given filter; with ``as_of``, only those in force on that date.

        Rules left out only because of the date, and jurisdictions whose researched
        period starts after the date, are reported on the result (``excluded``,
        ``outside_coverage``), so an empty result always says why.
        """
        topic_ = parse_choice(Topic, topic, "topic") if topic is not None else None
        regime_ = parse_choice(Regime, regime, "regime") if regime is not None else None
        authority_ = parse_choice(AuthorityKind, authority, "authority") if authority is not None else None
        binds_ = parse_choice(Person, binds, "person") if binds is not None else None
        as_of = _day(as_of)
        if jurisdiction is None:
            scope = self.dataset.jurisdictions
        else:
            scope = tuple(self.jurisdiction(j) for j in _names_of(jurisdiction))

        matched: list[Rule] = []
        excluded: list[tuple[Rule, TimeStatus]] = []
        outside: list[str] = []
        day = as_of.toordinal() if as_of is not None else None
        for j in scope:
            if as_of is not None and j.time_status(as_of, topic_) is TimeStatus.OUTSIDE_COVERAGE:
                outside.append(j.code)
                continue
            for rule, topic_of, regime_of, authority_of, binds_of, start, end, confirmed in self._rule_indexes[j.code]:
                if (topic_ is not None and topic_of is not topic_) or (
                    regime_ is not None and regime_of is not regime_
                ):
                    continue
                if (authority_ is not None and authority_of is not authority_) or (binds_ and binds_ not in binds_of):
                    continue
                if day is None or start <= day < end:
                    matched.append(rule)
                elif day >= end:
                    excluded.append((rule, TimeStatus.ENDED))
                else:
                    # Before a start that is not confirmed the law is unknown, never "not yet in force".
                    excluded.append((rule, TimeStatus.NOT_YET_IN_FORCE if confirmed else TimeStatus.UNKNOWN))
        return RuleSelection(tuple(matched), as_of, tuple(excluded), tuple(outside))

    # -- answers and comparison ----------------------------------------

    def answer(self, jurisdiction: str, topic: Topic | str, as_of: date | None = None) -> TopicAnswer:
        """What ``jurisdiction``'s law said on ``topic`` on ``as_of`` (default: today), never silently empty."""
        j = self.jurisdiction(jurisdiction)
        topic_ = parse_choice(Topic, topic, "topic")
        day = _day(as_of) or date.today()
        if j.time_status(day, topic_) is TimeStatus.OUTSIDE_COVERAGE:
            return TopicAnswer(j, topic_, day, TimeStatus.OUTSIDE_COVERAGE)
        on_topic = [r for r in j.rules if r.topic is topic_]
        if not on_topic:
            return TopicAnswer(j, topic_, day, TimeStatus.NOT_RESEARCHED)
        in_force = tuple(r for r in on_topic if r.status_on(day) is TimeStatus.IN_FORCE)
        if in_force:
            return TopicAnswer(j, topic_, day, TimeStatus.IN_FORCE, in_force)
        statuses = {r.status_on(day) for r in on_topic}
        if TimeStatus.UNKNOWN in statuses:
            status = TimeStatus.UNKNOWN
        elif statuses == {TimeStatus.NOT_YET_IN_FORCE}:
            status = TimeStatus.NOT_YET_IN_FORCE
        else:
            status = TimeStatus.ENDED
        return TopicAnswer(j, topic_, day, status)

    def compare(
        self,
        topic: Topic | str,
        jurisdictions: Iterable[str] | None = None,
        as_of: date | None = None,
    ) -> tuple[ComparisonRow, ...]:
        """One :class:`ComparisonRow` per jurisdiction on ``topic`` (all jurisdictions by default)."""
        topic = parse_choice(Topic, topic, "topic")
        as_of = _day(as_of)
        codes = [j.code for j in self.dataset.jurisdictions] if jurisdictions is None else _names_of(jurisdictions)
        return tuple(self._row(self.answer(code, topic, as_of)) for code in codes)

    def _row(self, answer: TopicAnswer) -> ComparisonRow:
        j, rule = answer.jurisdiction, answer.primary
        recruitment = self.answer(j.code, Topic.RECRUITMENT, answer.as_of)
        ban = (
            any(r.regime in _RESTRICTIVE for r in recruitment.rules)
            if recruitment.status is TimeStatus.IN_FORCE
            else None
        )
        max_term = rule.max_imprisonment if rule else None
        return ComparisonRow(
            code=j.code,
            name=j.name,
            topic=answer.topic,
            as_of=answer.as_of,
            status=answer.status,
            rules=tuple(r.uid for r in answer.rules),
            regime=rule.regime if rule else None,
            binds=rule.binds if rule else (),
            condition=rule.condition.text if rule and rule.condition else None,
            authority_kind=rule.authorization.authority if rule and rule.authorization else None,
            authority=rule.authorization.office if rule and rule.authorization else None,
            exemptions=tuple(e.text or e.test.value.replace("_", " ") for e in rule.exemptions) if rule else (),
            penalty="; ".join(f"{p.label}: {p}" for p in rule.penalties) or None if rule else None,
            max_imprisonment=str(max_term) if max_term else None,
            max_imprisonment_months=max_term.months if max_term else None,
            nationality_effect=rule.nationality.effect if rule and rule.nationality else None,
            recruitment_ban=ban,
            confidence=rule.confidence if rule else None,
            last_verified=j.coverage.last_verified,
            citations=tuple(c for r in answer.rules for c in self.citations_of(r)),
        )

    def assess(
        self,
        citizenships: str | Iterable[str],
        serve_in: str,
        as_of: date | None = None,
        role: str = "member_of_armed_forces",
    ) -> Assessment:
        """The volunteer check: see :func:`legal_ref.assessment.assess`. Information, not legal advice."""
        from legal_ref.assessment import assess

        return assess(self, citizenships, serve_in, as_of, role)

    def search(self, text: str) -> list[SearchHit]:
        """Rules and provisions whose text holds every word of ``text`` (case-insensitive), best first."""
        words = [w for w in _name(text, "search text").lower().split() if w]
        if not words:
            return []
        from legal_ref.citations import cite

        hits: list[tuple[int, SearchHit]] = []
        for j in self:
            for instrument in j.instruments:
                for p in instrument.provisions:
                    label = cite(p)
                    title = f"{label}" + (f" — {p.heading_en or p.heading}" if p.heading_en or p.heading else "")
                    haystack = " ".join(
                        [j.name, j.code, label, instrument.title, instrument.citation, p.locator,
                         p.heading or "", p.heading_en or "", p.current.summary]
                    ).lower()  # fmt: skip
                    if all(w in haystack for w in words):
                        hits.append((sum(w in title.lower() for w in words), SearchHit("provision", p.uid, title)))
            for rule in j.rules:
                title = f"{j.name}: {rule.topic.value.replace('_', ' ')} — {rule.regime.value.replace('_', ' ')}"
                haystack = " ".join([j.name, j.code, rule.summary, " ".join(self.citations_of(rule))]).lower()
                if all(w in haystack for w in words):
                    hits.append((sum(w in title.lower() for w in words), SearchHit("rule", rule.uid, title)))
        return [hit for _, hit in sorted(hits, key=lambda h: -h[0])]

    def coverage(self) -> tuple[CoverageRow, ...]:
        """Every UN member state and every jurisdiction in the data, with how far it is researched.

        Derived from the data and the sourced list of UN members, never from stub files.
        """
        members = set(self.dataset.un_members.members) if self.dataset.un_members else set()
        rows = []
        for code in sorted(members | {j.code for j in self if not j.is_international}):
            j = self._get(code) if code in self._codes else None
            if j is None:
                rows.append(
                    CoverageRow(code, state_name(code), CoverageStatus.NOT_RESEARCHED, (), None, code in members)
                )
                continue
            topics = tuple(t for t in Topic if any(r.topic is t for r in j.rules))
            core = tuple((t, core_answer(j.rules, t)) for t in CORE_QUESTIONS)
            full = all(t in topics for t in CORE_TOPICS)
            status = CoverageStatus.COVERED if full else CoverageStatus.PARTLY_COVERED
            rows.append(
                CoverageRow(
                    code,
                    j.name,
                    status,
                    topics,
                    j.coverage.last_verified,
                    code in members,
                    verification=tuple((c, sum(r.confidence is c for r in j.rules)) for c in Confidence),
                    oldest_verification=min(r.verified_on for r in j.rules),
                    start_not_confirmed=sum(not r.valid.start_confirmed for r in j.rules),
                    core=core,
                )
            )
        return tuple(sorted(rows, key=lambda row: row.name))

    def __repr__(self) -> str:
        return f"<Library of {len(self)} jurisdictions: {', '.join(self._codes)}>"


def state_name(code: str) -> str:
    """The English short name of any ISO 3166-1 state (pycountry's common name), researched or not; else the code."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


class CoverageStatus(StrEnum):
    """How far legal_ref has researched a state."""

    COVERED = "covered"
    """Rules on every core outbound topic (foreign service, recruitment, mercenaries, nationality)."""
    PARTLY_COVERED = "partly_covered"
    """Rules on some of the core topics."""
    NOT_RESEARCHED = "not_researched"


CORE_TOPICS = (Topic.FOREIGN_SERVICE, Topic.RECRUITMENT, Topic.MERCENARY, Topic.NATIONALITY_LOSS)


CORE_QUESTIONS = (Topic.FOREIGN_SERVICE, Topic.NATIONALITY_LOSS)
"""The two questions every state's file answers: may a citizen serve a foreign state; can that cost the nationality."""


class CoreAnswer(StrEnum):
    """How a state's file answers one of the :data:`CORE_QUESTIONS`."""

    ANSWERED = "answered"
    """At least one rule on the question says what the law is (its regime is not ``unclear``)."""
    UNCLEAR = "unclear"
    """Only ``unclear`` rules: searched without a certain answer (the file records what was searched)."""
    MISSING = "missing"
    """No rule on the question."""


def core_answer(rules: Iterable[Rule], topic: Topic) -> CoreAnswer:
    """How ``rules`` (one state's) answer the core question ``topic``, at any date."""
    regimes = [r.regime for r in rules if r.topic is topic]
    if not regimes:
        return CoreAnswer.MISSING
    return CoreAnswer.UNCLEAR if all(r is Regime.UNCLEAR for r in regimes) else CoreAnswer.ANSWERED


CENTRAL_JURISDICTIONS = (
    "UA", "RU", "BY", "GB", "CZ", "BE", "FR", "DE", "NL", "IT", "ES", "LU", "PL", "US", "CA", "GE", "LV", "FI", "SE",
    "DK", "INT",
)  # fmt: skip
"""The jurisdictions at the centre of the foreign-volunteer debate, whose verification is measured first."""


@dataclass(frozen=True)
class CoverageRow:
    """One state in the coverage view."""

    code: str
    name: str
    status: CoverageStatus
    topics: tuple[Topic, ...]
    last_verified: date | None
    un_member: bool
    verification: tuple[tuple[Confidence, int], ...] = ()
    """How many of its rules stand at each verification level, strongest first."""
    oldest_verification: date | None = None
    """The oldest ``verified_on`` among its rules: the most stale fact."""
    start_not_confirmed: int = 0
    """How many of its rules have only a ``confirmed_from`` date, their start not confirmed."""
    core: tuple[tuple[Topic, CoreAnswer], ...] = ()
    """How its file answers each of the :data:`CORE_QUESTIONS` (empty when not researched)."""

    @property
    def core_answered(self) -> int:
        """How many of the core questions its file answers (0, 1 or 2)."""
        return sum(answer is CoreAnswer.ANSWERED for _, answer in self.core)

    @property
    def rules(self) -> int:
        """The number of rules recorded."""
        return sum(n for _, n in self.verification)

    def share(self, level: Confidence) -> float:
        """The share of its rules verified at ``level``."""
        return dict(self.verification).get(level, 0) / self.rules if self.rules else 0.0


@dataclass(frozen=True)
class SearchHit:
    """A rule or provision that matched a search."""

    kind: str
    """``rule`` or ``provision``."""
    uid: str
    title: str
