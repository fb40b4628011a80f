"""The volunteer check: what applies to a person of given citizenships who would serve in a given state's forces.

Each finding names the rule, whether it applies (and why, or why not), and the
citations it rests on. Conditions are evaluated against data (memberships of
alliances on the date, recorded armed conflicts), never decided by code alone;
where the data cannot decide, the finding says what it depends on. The result
is information about the law, not legal advice.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from legal_ref import DISCLAIMER
from legal_ref.errors import UnknownNameError
from legal_ref.library import Library, parse_choice
from legal_ref.models import (
    INTERNATIONAL,
    REGIME_LABELS,
    REGULAR_ROLES,
    TOPIC_LABELS,
    Clause,
    ClauseTest,
    Confidence,
    Jurisdiction,
    NationalityEffectKind,
    Person,
    Regime,
    Rule,
    ServiceRole,
    Topic,
)
from legal_ref.periods import TimeStatus

Role = ServiceRole
"""The capacity in which the person would serve (see :class:`~legal_ref.models.ServiceRole`)."""


class Applicability(StrEnum):
    """Whether a rule applies to the person's situation."""

    APPLIES = "applies"
    DOES_NOT_APPLY = "does_not_apply"
    DEPENDS = "depends"
    NOT_IN_FORCE = "not_in_force"


class Finding(BaseModel):
    """One rule measured against the person's situation."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    rule: str
    """Global id of the rule."""
    jurisdiction: str
    topic: Topic
    regime: Regime
    applicability: Applicability
    reason: str
    """Why it applies, does not apply, or what it depends on."""
    summary: str
    authority: str | None = None
    procedure: str | None = None
    penalties: tuple[str, ...] = ()
    nationality_effect: NationalityEffectKind | None = None
    terms: tuple[str, ...] = ()
    citations: tuple[str, ...]
    confidence: Confidence


class CitizenshipAssessment(BaseModel):
    """What the law of one of the person's states says about the service."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    citizenship: str
    name: str
    status: TimeStatus
    """``in_force`` when the state's law was researched for the date; otherwise why there is no answer."""
    needs_authorization: bool | None
    """True when a rule that applies requires authorization; None when it depends or is unknown."""
    authorities: tuple[str, ...] = ()
    criminal_exposure: tuple[str, ...] = ()
    """Penalty ranges of the offences that apply or may apply."""
    nationality: tuple[str, ...] = ()
    """Consequences for nationality that apply or may apply."""
    findings: tuple[Finding, ...] = ()


class Assessment(BaseModel):
    """The whole check for one person, one serving state and one date."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    citizenships: tuple[str, ...]
    serve_in: str
    serve_in_name: str
    as_of: date
    role: Role
    per_citizenship: tuple[CitizenshipAssessment, ...]
    inbound: tuple[Finding, ...]
    """The serving state's rules on foreigners joining its forces."""
    international: tuple[Finding, ...]
    caveats: tuple[str, ...]
    notice: str = DISCLAIMER


_PERSONAL_TOPICS = (Topic.FOREIGN_SERVICE, Topic.NATIONALITY_LOSS, Topic.MERCENARY, Topic.FOREIGN_CONFLICT)
_RESTRICTIVE = {Regime.PROHIBITED, Regime.AUTHORIZATION_REQUIRED, Regime.CONDITIONALLY_PROHIBITED}


class _Context:
    def __init__(self, lib: Library, citizenships: tuple[str, ...], serve_in: Jurisdiction | None, serve_code: str,
                 serve_name: str, day: date, role: Role) -> None:  # fmt: skip
        self.lib, self.citizenships, self.serve_in, self.serve_code = lib, citizenships, serve_in, serve_code
        self.serve_name, self.day, self.role = serve_name, day, role

    def member(self, code: str, organisation: str) -> bool | None:
        """Membership on the date; None when the state is not in the library (its memberships are unknown)."""
        if code not in self.lib:
            return None
        return self.lib[code].member_of(organisation, self.day)

    def at_war(self, a: str, b: str | None = None) -> tuple[str, ...]:
        """Names of recorded conflicts on the date between ``a`` and ``b`` (or involving ``a``)."""
        return tuple(c.name for c in self.lib.dataset.conflicts_on(self.day, a) if c.involves(a, b))


def _binds(rule: Rule, home: str, ctx: _Context) -> tuple[Applicability, str] | None:
    """Whether the rule binds this person by nationality (None: it binds states or residents, not citizens)."""
    binds = set(rule.binds)
    if binds & {Person.CITIZENS, Person.ANYONE}:
        return None
    if Person.DUAL_NATIONALS in binds:
        if len(ctx.citizenships) == 1:
            return Applicability.DOES_NOT_APPLY, "it binds only dual nationals, and you named one citizenship"
        if ctx.serve_code in ctx.citizenships:
            return None
        return Applicability.DEPENDS, (
            f"it binds dual nationals; whether it reaches service for {ctx.serve_name}, whose nationality you do not "
            "hold, depends on its terms"
        )
    if Person.NATURALISED_CITIZENS in binds:
        return Applicability.DEPENDS, f"it binds only those who acquired {home} nationality by naturalisation"
    if binds & {Person.RESIDENTS, Person.ANYONE_ON_TERRITORY}:
        return Applicability.DEPENDS, "it binds residents or acts on the state's territory, not citizenship as such"
    return Applicability.DOES_NOT_APPLY, "it binds states or foreigners, not the state's own citizens"


def _clause(clause: Clause, home: Jurisdiction, ctx: _Context) -> tuple[bool | None, str]:
    """Whether one clause holds for the situation: True, False, or None when the data cannot tell (and why)."""
    held, why = _test(clause, home, ctx)
    if clause.negate and held is not None:
        return not held, why
    return held, why


def _test(clause: Clause, home: Jurisdiction, ctx: _Context) -> tuple[bool | None, str]:
    serve, test = ctx.serve_name, clause.test
    if test in (ClauseTest.SERVING_STATE_IN, ClauseTest.GENERAL_CONSENT):
        if ctx.serve_code in clause.states:
            return True, f"{serve} is listed by name"
        members = [o for o in clause.organisations if ctx.member(ctx.serve_code, o)]
        if members:
            return True, f"{serve} is a member of {', '.join(members)} on {ctx.day}"
        if clause.organisations and ctx.serve_code not in ctx.lib:
            return None, f"whether {serve} is a member of {', '.join(clause.organisations)} (not recorded)"
        return False, f"{serve} is neither listed nor a member of {', '.join(clause.organisations) or 'a listed body'}"
    if test is ClauseTest.SHARED_ALLIANCE:
        for org in clause.organisations:
            home_member, serve_member = ctx.member(home.code, org), ctx.member(ctx.serve_code, org)
            if home_member and serve_member:
                return True, f"{serve} and {home.name} are both members of {org} on {ctx.day}"
            if serve_member is None:
                return None, f"whether {serve} is a member of {org} (not recorded)"
        return False, f"{serve} shares no membership of {', '.join(clause.organisations)} with {home.name}"
    if test is ClauseTest.ALSO_NATIONAL:
        if ctx.serve_code in ctx.citizenships:
            return True, f"you also hold {serve}'s nationality"
        return False, f"you do not hold {serve}'s nationality"
    if test is ClauseTest.REGULAR_FORCES:
        if ctx.role in REGULAR_ROLES:
            return True, f"you would serve in {serve}'s regular armed forces"
        return False, "you would serve outside a state's regular armed forces"
    if test is ClauseTest.ROLE:
        held = ctx.role in clause.roles
        return held, f"your role ({ctx.role.value.replace('_', ' ')}) is {'' if held else 'not '}among those named"
    if test is ClauseTest.COMPULSORY_SERVICE:
        if ctx.serve_code not in ctx.citizenships:
            return False, f"as you do not hold {serve}'s nationality, service there is not compulsory for you"
        return None, f"whether your service in {serve} is compulsory (called up as its national)"
    if test is ClauseTest.AT_WAR_WITH_HOME_STATE:
        between = ctx.at_war(ctx.serve_code, home.code)
        if between:
            return True, f"{serve} and {home.name} are parties to: {'; '.join(between)}"
        return False, f"no armed conflict between {serve} and {home.name} is recorded on {ctx.day}"
    if test is ClauseTest.AT_WAR_WITH_FRIENDLY_STATE:
        others = [c.name for c in ctx.lib.dataset.conflicts_on(ctx.day, ctx.serve_code) if home.code not in c.parties]
        if not others:
            return False, f"no armed conflict involving {serve} is recorded on {ctx.day}"
        return None, (
            f"whether {serve}'s part in {'; '.join(others)} is a war with a state at peace with {home.name} "
            "(a question of the provision's interpretation)"
        )
    if test is ClauseTest.DESIGNATED_AREA:
        areas = f" ({'; '.join(clause.areas)})" if clause.areas else ""
        return None, f"whether you enter or stay in an area designated under this law{areas}"
    return None, f"not evaluated, read the rule: {clause.text}"


def _condition(rule: Rule, home: Jurisdiction, ctx: _Context) -> tuple[Applicability, str]:
    """Evaluate the rule's condition and exemptions; say what it depends on where the data cannot decide."""
    serve = ctx.serve_name
    for exemption in rule.exemptions:
        held, why = _clause(exemption, home, ctx)
        if held:
            return Applicability.DOES_NOT_APPLY, f"exempt: {exemption.text or why} ({why})"
    open_exemptions = [
        why for e in rule.exemptions if e.test is not ClauseTest.IN_WORDS for held, why in [_clause(e, home, ctx)]
        if held is None
    ]  # fmt: skip
    condition = rule.condition
    if condition is None:
        if rule.topic in (Topic.MERCENARY, Topic.FOREIGN_CONFLICT) and rule.regime in _RESTRICTIVE:
            # These offences target particular conduct (mercenarism, terrorism, unlawful armed groups);
            # whether service in a state's armed forces is such conduct turns on each offence's terms.
            return Applicability.DEPENDS, f"it depends on whether serving in {serve}'s forces is the conduct it targets"
        if open_exemptions:
            return Applicability.DEPENDS, f"it depends on {'; '.join(open_exemptions)}"
        return Applicability.APPLIES, "it applies without a condition"
    if not condition.all_of:
        return Applicability.DEPENDS, f"it depends on a condition not evaluated, read the rule: {condition.text}"
    unknown: list[str] = []
    reasons: list[str] = []
    for clause in condition.all_of:
        held, why = _clause(clause, home, ctx)
        if held is False:
            return Applicability.DOES_NOT_APPLY, f"its condition is not met: {why}"
        (unknown if held is None else reasons).append(why)
    unknown += open_exemptions
    if unknown:
        return Applicability.DEPENDS, f"it depends on {'; '.join(unknown)}"
    return Applicability.APPLIES, f"its condition is met: {'; '.join(reasons)}"


# Findings and assessments are built from validated data by this module alone, so they are constructed
# without re-validation: the site precomputes thousands of them.


def _finding(ctx: _Context, j: Jurisdiction, rule: Rule, applicability: Applicability, reason: str) -> Finding:
    return Finding.model_construct(
        rule=rule.uid,
        jurisdiction=j.code,
        topic=rule.topic,
        regime=rule.regime,
        applicability=applicability,
        reason=reason,
        summary=rule.summary,
        authority=rule.authorization.office if rule.authorization else None,
        procedure=rule.authorization.procedure if rule.authorization else None,
        penalties=tuple(f"{p.label}: {p}" for p in rule.penalties),
        nationality_effect=rule.nationality.effect if rule.nationality else None,
        terms=tuple(f"{t.label}: {t.text}" for t in rule.terms),
        citations=ctx.lib.citations_of(rule),
        confidence=rule.confidence,
    )


Evaluation = tuple[Rule, Applicability, str]


def _evaluate(ctx: _Context, home: Jurisdiction) -> list[Evaluation]:
    """Each of the home state's personal rules measured against the situation: (rule, applicability, reason)."""
    out: list[Evaluation] = []
    for rule in (r for r in home.rules if r.topic in _PERSONAL_TOPICS):
        status = rule.status_on(ctx.day)
        if status is not TimeStatus.IN_FORCE:
            out.append(
                (rule, Applicability.NOT_IN_FORCE, f"on {ctx.day} the rule was {status.value.replace('_', ' ')}")
            )
            continue
        bound = _binds(rule, home.name, ctx)
        if bound is not None and bound[0] is Applicability.DOES_NOT_APPLY:
            out.append((rule, *bound))
            continue
        applicability, reason = _condition(rule, home, ctx)
        if bound is not None and applicability is Applicability.APPLIES:
            applicability, reason = bound
        if rule.regime in (Regime.NO_SPECIFIC_LAW, Regime.PERMITTED) and applicability is Applicability.APPLIES:
            reason = f"{REGIME_LABELS[rule.regime]}: nothing in this law stands in the way"
        out.append((rule, applicability, reason))
    return out


_LIVE = (Applicability.APPLIES, Applicability.DEPENDS)


def _authorization(evaluations: list[Evaluation]) -> tuple[bool | None, tuple[str, ...]]:
    """Whether authorization is needed (None: it depends, or no rule on it) and from whom."""
    auth = [
        (rule, applicability)
        for rule, applicability, _ in evaluations
        if applicability in _LIVE
        and rule.regime is Regime.AUTHORIZATION_REQUIRED
        and rule.topic in (Topic.FOREIGN_SERVICE, Topic.NATIONALITY_LOSS)
    ]
    if any(applicability is Applicability.APPLIES for _, applicability in auth):
        needs: bool | None = True
    elif auth:
        needs = None
    else:
        needs = False if any(rule.topic is Topic.FOREIGN_SERVICE for rule, _, _ in evaluations) else None
    offices = (rule.authorization.office for rule, _ in auth if rule.authorization)
    return needs, tuple(dict.fromkeys(offices))


def _rule_caveats(name: str, evaluations: list[Evaluation]) -> list[str]:
    caveats = []
    for rule, applicability, _ in evaluations:
        if applicability in _LIVE:
            if rule.confidence is not Confidence.OFFICIAL_PUBLICATION:
                caveats.append(f"{rule.uid} rests on {rule.confidence.value.replace('_', ' ')} sources only.")
            if rule.regime is Regime.UNCLEAR:
                caveats.append(f"{rule.uid}: the law is unclear ({TOPIC_LABELS[rule.topic].lower()}).")
    if evaluations and not any(rule.topic is Topic.FOREIGN_SERVICE for rule, _, _ in evaluations):
        caveats.append(f"No rule on service in foreign forces is recorded for {name}.")
    return caveats


def _citizenship(ctx: _Context, code: str) -> tuple[CitizenshipAssessment, list[str]]:
    lib = ctx.lib
    if code not in lib:
        empty = CitizenshipAssessment.model_construct(
            citizenship=code, name=code, status=TimeStatus.NOT_RESEARCHED, needs_authorization=None
        )
        return empty, [f"The law of {code} is not yet in legal_ref."]
    home = lib[code]
    if home.time_status(ctx.day) is TimeStatus.OUTSIDE_COVERAGE:
        empty = CitizenshipAssessment.model_construct(
            citizenship=home.code, name=home.name, status=TimeStatus.OUTSIDE_COVERAGE, needs_authorization=None
        )
        return empty, [f"{home.name}'s law is not researched for {ctx.day}."]
    evaluations = _evaluate(ctx, home)
    findings = tuple(_finding(ctx, home, rule, applicability, reason) for rule, applicability, reason in evaluations)
    live = [f for f in findings if f.applicability in _LIVE]
    needs, authorities = _authorization(evaluations)
    assessment = CitizenshipAssessment.model_construct(
        citizenship=home.code,
        name=home.name,
        status=TimeStatus.IN_FORCE,
        needs_authorization=needs,
        authorities=authorities,
        criminal_exposure=tuple(
            f"{p} ({f.applicability.value.replace('_', ' ')}; {', '.join(f.citations)})"
            for f in live
            if f.regime in _RESTRICTIVE
            for p in f.penalties
        ),
        nationality=tuple(
            f"{f.nationality_effect.value.replace('_', ' ')} ({f.applicability.value.replace('_', ' ')}; "
            f"{', '.join(f.citations)})"
            for f in live
            if f.nationality_effect
            and f.nationality_effect is not NationalityEffectKind.NONE
            and f.regime is not Regime.NO_SPECIFIC_LAW
        ),
        findings=findings,
    )
    return assessment, _rule_caveats(home.name, evaluations)


def assess(
    lib: Library,
    citizenships: list[str] | tuple[str, ...],
    serve_in: str,
    as_of: date | None = None,
    role: Role | str = Role.MEMBER_OF_ARMED_FORCES,
) -> Assessment:
    """Check a person holding ``citizenships`` who would serve in the forces of ``serve_in`` on ``as_of``.

    Returns, per citizenship, the rules that apply and those that do not (with why),
    whether authorization is needed and from whom, the criminal exposure and the
    nationality consequences; then the serving state's inbound rules, the
    international-law position, and caveats. Information, not legal advice.
    """
    if not citizenships:
        raise ValueError("name at least one citizenship")
    day = as_of or date.today()
    role_ = parse_choice(Role, role, "role")
    codes = tuple(lib[c].code if c in lib else _iso_or_raise(lib, c) for c in citizenships)
    serve = lib.get(serve_in)
    serve_code = serve.code if serve else _iso_or_raise(lib, serve_in)
    serve_name = serve.name if serve else serve_code
    ctx = _Context(lib, codes, serve, serve_code, serve_name, day, role_)
    results = [_citizenship(ctx, code) for code in codes]
    per = tuple(assessment for assessment, _ in results)

    inbound: list[Finding] = []
    if serve is not None:
        for rule in lib.answer(serve.code, Topic.INBOUND_SERVICE, day).rules:
            inbound.append(_finding(ctx, serve, rule, Applicability.APPLIES, f"{serve.name}'s rules for foreigners"))
    international = [
        _finding(ctx, lib[INTERNATIONAL], rule, *_condition(rule, lib[INTERNATIONAL], ctx))
        for rule in _international_rules(lib, day)
    ]
    caveats = [DISCLAIMER] + [c for _, found in results for c in found]
    if serve is None:
        caveats.append(f"The law of {serve_code}, the serving state, is not yet in legal_ref.")
    if lib.dataset.conflicts:
        caveats.append("Armed conflicts are taken from the conflicts recorded in legal_ref, with their sources.")
    return Assessment.model_construct(
        citizenships=codes,
        serve_in=serve_code,
        serve_in_name=serve_name,
        as_of=day,
        role=role_,
        per_citizenship=per,
        inbound=tuple(inbound),
        international=tuple(international),
        caveats=tuple(dict.fromkeys(caveats)),
    )


def _international_rules(lib: Library, day: date) -> list[Rule]:
    """The international rules on a person's status (AP I art. 47) in force on ``day``."""
    if INTERNATIONAL not in lib:
        return []
    return [
        r
        for r in lib[INTERNATIONAL].rules
        if r.topic is Topic.MERCENARY and Person.ANYONE in r.binds and r.status_on(day) is TimeStatus.IN_FORCE
    ]


def _iso_or_raise(lib: Library, name: str) -> str:
    """Accept an ISO code of a state not yet in the library; reject anything else with close matches."""
    from legal_ref.checks import iso_alpha2_codes

    code = name.strip().upper()
    if code in iso_alpha2_codes():
        return code
    raise UnknownNameError("jurisdiction", name, [j.code for j in lib] + [j.name for j in lib])


# ---------------------------------------------------------------------------
# Precomputed checks for the static API and the site's check page
# ---------------------------------------------------------------------------


class RuleFacts(BaseModel):
    """What a finding says about its rule, stored once per rule in a :class:`CheckTable`."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    jurisdiction: str
    topic: Topic
    regime: Regime
    summary: str
    authority: str | None
    procedure: str | None
    penalties: tuple[str, ...]
    nationality_effect: NationalityEffectKind | None
    terms: tuple[str, ...]
    citations: tuple[str, ...]
    confidence: Confidence


class Outcome(BaseModel):
    """How one rule measures against one situation."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    rule: str
    applicability: Applicability
    reason: str


class Situation(BaseModel):
    """The check for one serving state, as a sole citizen or also holding the serving state's nationality."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    needs_authorization: bool | None
    authorities: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    caveats: tuple[str, ...]


class ServingState(BaseModel):
    """The check for one serving state: indexes into the table's situations, and the state's inbound rules."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    name: str
    sole: int
    """Index in ``situations`` when holding only the one citizenship."""
    dual: int
    """Index in ``situations`` when also holding the serving state's nationality."""
    inbound: tuple[Outcome, ...]


SERVING_STATE = "{serving_state}"
"""Placeholder for the serving state's name in the reasons of a :class:`CheckTable`."""


class CheckTable(BaseModel):
    """The checks of one citizenship against every researched serving state, on one date.

    States whose situation reads the same share one entry of ``situations``; reasons
    name the serving state as ``{serving_state}``, to be replaced by its name.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    citizenship: str
    name: str
    as_of: date
    role: Role
    placeholder: str = SERVING_STATE
    rules: dict[str, RuleFacts]
    situations: tuple[Situation, ...]
    international: tuple[Outcome, ...]
    serve_in: dict[str, ServingState]
    notice: str = DISCLAIMER


def _facts(f: Finding) -> RuleFacts:
    return RuleFacts.model_construct(
        jurisdiction=f.jurisdiction, topic=f.topic, regime=f.regime, summary=f.summary, authority=f.authority,
        procedure=f.procedure, penalties=f.penalties, nationality_effect=f.nationality_effect, terms=f.terms,
        citations=f.citations, confidence=f.confidence,
    )  # fmt: skip


def _profile(lib: Library, home: Jurisdiction, serve: Jurisdiction, day: date) -> tuple[object, ...]:
    """Everything about ``serve`` that the home state's conditions look at: equal profiles, equal checks."""
    clauses = [c for r in home.rules for c in (*(r.condition.all_of if r.condition else ()), *r.exemptions)]
    organisations = sorted({o for c in clauses for o in c.organisations})
    return (
        tuple(serve.member_of(o, day) for o in organisations),
        tuple(serve.code in c.states for c in clauses),
        tuple(sorted((c.id, home.code in c.parties) for c in lib.dataset.conflicts_on(day, serve.code))),
    )


def check_table(lib: Library, citizenship: str, as_of: date, role: Role = Role.MEMBER_OF_ARMED_FORCES) -> CheckTable:
    """Precompute :func:`assess` for ``citizenship`` against every researched state, stored compactly."""
    home = lib[citizenship]
    rules: dict[str, RuleFacts] = {}
    situations: dict[Situation, int] = {}
    by_profile: dict[tuple[object, ...], tuple[int, int]] = {}

    def outcomes(j: Jurisdiction, ctx: _Context, evaluations: list[Evaluation]) -> tuple[Outcome, ...]:
        for rule, applicability, reason in evaluations:
            if rule.uid not in rules:
                rules[rule.uid] = _facts(_finding(ctx, j, rule, applicability, reason))
        return tuple(Outcome.model_construct(rule=r.uid, applicability=a, reason=why) for r, a, why in evaluations)

    def situation(ctx: _Context) -> int:
        evaluations = _evaluate(ctx, home)
        needs, authorities = _authorization(evaluations)
        found = Situation.model_construct(
            needs_authorization=needs,
            authorities=authorities,
            outcomes=outcomes(home, ctx, evaluations),
            caveats=(DISCLAIMER, *_rule_caveats(home.name, evaluations)),
        )
        return situations.setdefault(found, len(situations))

    states: dict[str, ServingState] = {}
    international: tuple[Outcome, ...] = ()
    for serve in lib:
        if serve.is_international or serve.code == home.code:
            continue
        sole = _Context(lib, (home.code,), serve, serve.code, SERVING_STATE, as_of, role)
        dual = _Context(lib, (home.code, serve.code), serve, serve.code, SERVING_STATE, as_of, role)
        key = _profile(lib, home, serve, as_of)
        if key not in by_profile:
            by_profile[key] = (situation(sole), situation(dual))
        inbound = [(r, Applicability.APPLIES, f"{serve.name}'s rules for foreigners")
                   for r in lib.answer(serve.code, Topic.INBOUND_SERVICE, as_of).rules]  # fmt: skip
        if not international and INTERNATIONAL in lib:
            treaty_law = lib[INTERNATIONAL]
            evaluated = [(r, *_condition(r, treaty_law, sole)) for r in _international_rules(lib, as_of)]
            international = outcomes(treaty_law, sole, evaluated)
        sole_index, dual_index = by_profile[key]
        states[serve.code] = ServingState.model_construct(
            name=serve.name, sole=sole_index, dual=dual_index, inbound=outcomes(serve, sole, inbound)
        )
    return CheckTable.model_construct(
        citizenship=home.code,
        name=home.name,
        as_of=as_of,
        role=role,
        placeholder=SERVING_STATE,
        rules=rules,
        situations=tuple(situations),
        international=international,
        serve_in=states,
        notice=DISCLAIMER,
    )
