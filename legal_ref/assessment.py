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
    TOPIC_LABELS,
    ConditionTest,
    Confidence,
    Jurisdiction,
    NationalityEffectKind,
    Person,
    Regime,
    Rule,
    Topic,
)
from legal_ref.periods import TimeStatus


class Role(StrEnum):
    """The capacity in which the person would serve."""

    MEMBER_OF_ARMED_FORCES = "member_of_armed_forces"
    """Enlisted in the serving state's armed forces (soldier or non-commissioned officer)."""
    OFFICER = "officer"
    """Commissioned officer of the serving state's armed forces."""
    PRIVATE_CONTRACTOR = "private_contractor"
    """Hired by a private company or otherwise outside the state's armed forces."""


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


def _condition(rule: Rule, home: Jurisdiction, ctx: _Context) -> tuple[Applicability, str]:
    """Evaluate the rule's condition against the data; say what it depends on where the data cannot decide."""
    condition = rule.condition
    serve = ctx.serve_name
    if condition is None:
        if rule.topic in (Topic.MERCENARY, Topic.FOREIGN_CONFLICT) and rule.regime in _RESTRICTIVE:
            # These offences target particular conduct (mercenarism, terrorism, unlawful armed groups);
            # whether service in a state's armed forces is such conduct turns on each offence's terms.
            return Applicability.DEPENDS, f"it depends on whether serving in {serve}'s forces is the conduct it targets"
        return Applicability.APPLIES, "it applies without a condition"
    if condition.test is ConditionTest.NOT_SHARED_ALLIANCE:
        for org in condition.organisations:
            home_member, serve_member = ctx.member(home.code, org), ctx.member(ctx.serve_code, org)
            if home_member and serve_member:
                return Applicability.DOES_NOT_APPLY, (
                    f"the alliance exemption covers {serve}, a member of {org} with {home.name} on {ctx.day}"
                )
            if serve_member is None:
                return Applicability.DEPENDS, f"it depends on whether {serve} is a member of {org} (not recorded)"
        orgs = ", ".join(condition.organisations)
        return Applicability.APPLIES, f"the alliance exemption does not cover {serve}, which is not a member of {orgs}"
    if condition.test is ConditionTest.DESTINATION_NOT_EXEMPT:
        exempt_by = [o for o in condition.organisations if ctx.member(ctx.serve_code, o)]
        if ctx.serve_code in condition.states or exempt_by:
            why = f"a member of {', '.join(exempt_by)}" if exempt_by else "listed by name"
            return Applicability.DOES_NOT_APPLY, f"{serve} is exempt ({why}) on {ctx.day}"
        if ctx.serve_code not in ctx.lib:
            return (
                Applicability.DEPENDS,
                f"it depends on whether {serve} is a member of {', '.join(condition.organisations)}",
            )
        return Applicability.APPLIES, f"{serve} is not among the exempt states on {ctx.day}: {condition.text}"
    if condition.test is ConditionTest.AT_WAR_WITH_HOME_STATE:
        between = ctx.at_war(ctx.serve_code, home.code)
        if between:
            return Applicability.APPLIES, f"{serve} and {home.name} are parties to: {'; '.join(between)}"
        return Applicability.DOES_NOT_APPLY, (
            f"no armed conflict between {serve} and {home.name} is recorded on {ctx.day}"
        )
    if condition.test is ConditionTest.AT_WAR_WITH_FRIENDLY_STATE:
        others = [c.name for c in ctx.lib.dataset.conflicts_on(ctx.day, ctx.serve_code) if home.code not in c.parties]
        if not others:
            return Applicability.DOES_NOT_APPLY, f"no armed conflict involving {serve} is recorded on {ctx.day}"
        names = "; ".join(others)
        return Applicability.DEPENDS, (
            f"{serve} is a party to: {names}; whether that is a war with a state at peace with {home.name} "
            f"('{condition.text}') is a question of the provision's interpretation"
        )
    if condition.test is ConditionTest.DESIGNATED_AREA:
        return (
            Applicability.DEPENDS,
            f"it depends on whether you go to an area designated under this law: {condition.text}",
        )
    if condition.test is ConditionTest.NOT_INCORPORATED_IN_ARMED_FORCES:
        if ctx.role in (Role.MEMBER_OF_ARMED_FORCES, Role.OFFICER):
            return Applicability.DOES_NOT_APPLY, (
                f"as a member of {serve}'s armed forces you are not outside them, which this rule requires"
            )
        return Applicability.DEPENDS, f"outside the armed forces, it depends on: {condition.text}"
    return Applicability.DEPENDS, f"it depends on: {condition.text}"


def _finding(ctx: _Context, j: Jurisdiction, rule: Rule, applicability: Applicability, reason: str) -> Finding:
    return Finding(
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


def _citizenship(ctx: _Context, code: str) -> CitizenshipAssessment:
    lib = ctx.lib
    if code not in lib:
        return CitizenshipAssessment(citizenship=code, name=code, status=TimeStatus.NOT_RESEARCHED,
                                     needs_authorization=None)  # fmt: skip
    home = lib[code]
    if home.time_status(ctx.day) is TimeStatus.OUTSIDE_COVERAGE:
        return CitizenshipAssessment(citizenship=home.code, name=home.name, status=TimeStatus.OUTSIDE_COVERAGE,
                                     needs_authorization=None)  # fmt: skip
    findings: list[Finding] = []
    for rule in (r for r in home.rules if r.topic in _PERSONAL_TOPICS):
        if rule.status_on(ctx.day) is not TimeStatus.IN_FORCE:
            when = rule.status_on(ctx.day).value.replace("_", " ")
            findings.append(_finding(ctx, home, rule, Applicability.NOT_IN_FORCE, f"on {ctx.day} the rule was {when}"))
            continue
        bound = _binds(rule, home.name, ctx)
        if bound is not None and bound[0] is Applicability.DOES_NOT_APPLY:
            findings.append(_finding(ctx, home, rule, *bound))
            continue
        applicability, reason = _condition(rule, home, ctx)
        if bound is not None and applicability is Applicability.APPLIES:
            applicability, reason = bound
        if rule.regime in (Regime.NO_SPECIFIC_LAW, Regime.PERMITTED) and applicability is Applicability.APPLIES:
            reason = f"{REGIME_LABELS[rule.regime]}: nothing in this law stands in the way"
        findings.append(_finding(ctx, home, rule, applicability, reason))
    live = [f for f in findings if f.applicability in (Applicability.APPLIES, Applicability.DEPENDS)]
    auth = [
        f
        for f in live
        if f.regime is Regime.AUTHORIZATION_REQUIRED and f.topic in (Topic.FOREIGN_SERVICE, Topic.NATIONALITY_LOSS)
    ]
    if any(f.applicability is Applicability.APPLIES for f in auth):
        needs: bool | None = True
    elif auth:
        needs = None
    else:
        needs = False if any(f.topic is Topic.FOREIGN_SERVICE for f in findings) else None
    return CitizenshipAssessment(
        citizenship=home.code,
        name=home.name,
        status=TimeStatus.IN_FORCE,
        needs_authorization=needs,
        authorities=tuple(dict.fromkeys(f.authority for f in auth if f.authority)),
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
        findings=tuple(findings),
    )


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
    per = tuple(_citizenship(ctx, code) for code in codes)

    inbound: list[Finding] = []
    if serve is not None:
        for rule in lib.answer(serve.code, Topic.INBOUND_SERVICE, day).rules:
            inbound.append(_finding(ctx, serve, rule, Applicability.APPLIES, f"{serve.name}'s rules for foreigners"))
    international: list[Finding] = []
    if INTERNATIONAL in lib:
        treaty_law = lib[INTERNATIONAL]
        for rule in treaty_law.rules:
            if rule.topic is not Topic.MERCENARY or rule.status_on(day) is not TimeStatus.IN_FORCE:
                continue
            if Person.ANYONE not in rule.binds:
                continue
            applicability, reason = _condition(rule, treaty_law, ctx)
            international.append(_finding(ctx, treaty_law, rule, applicability, reason))

    caveats = [DISCLAIMER]
    for assessment in per:
        if assessment.status is TimeStatus.NOT_RESEARCHED:
            caveats.append(f"The law of {assessment.citizenship} is not yet in legal_ref.")
        elif assessment.status is TimeStatus.OUTSIDE_COVERAGE:
            caveats.append(f"{assessment.name}'s law is not researched for {day}.")
        for f in assessment.findings:
            if f.applicability in (Applicability.APPLIES, Applicability.DEPENDS):
                if f.confidence is not Confidence.OFFICIAL_TEXT:
                    caveats.append(f"{f.rule} rests on {f.confidence.value.replace('_', ' ')} sources only.")
                if f.regime is Regime.UNCLEAR:
                    caveats.append(f"{f.rule}: the law is unclear ({TOPIC_LABELS[f.topic].lower()}).")
        if not any(f.topic is Topic.FOREIGN_SERVICE for f in assessment.findings) and assessment.findings:
            caveats.append(f"No rule on service in foreign forces is recorded for {assessment.name}.")
    if serve is None:
        caveats.append(f"The law of {serve_code}, the serving state, is not yet in legal_ref.")
    if lib.dataset.conflicts:
        caveats.append("Armed conflicts are taken from the conflicts recorded in legal_ref, with their sources.")
    return Assessment(
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


def _iso_or_raise(lib: Library, name: str) -> str:
    """Accept an ISO code of a state not yet in the library; reject anything else with close matches."""
    from legal_ref.checks import iso_alpha2_codes

    code = name.strip().upper()
    if code in iso_alpha2_codes():
        return code
    raise UnknownNameError("jurisdiction", name, [j.code for j in lib] + [j.name for j in lib])
