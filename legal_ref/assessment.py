"""The volunteer check: what applies to a person of given citizenships who would serve in a given state's forces.

The answer comes in one vocabulary everywhere (Python, CLI, site). Each rule
measured against the situation gets a :class:`Verdict`; each citizenship gets a
bottom line of three lines (permission, the risk without it, citizenship), then
the details. Conditions and exemptions are evaluated against data (memberships
of alliances on the date, recorded armed conflicts, the person's citizenships
and role); where the data cannot decide, the finding says what it depends on,
and exemptions stated only in words are listed as *not evaluated: read the rule*.

If the person holds the serving state's nationality, that citizenship's rules on
foreign service do not apply: these are the person's own country's forces.

The result is information about the law, not legal advice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from legal_ref import DISCLAIMER
from legal_ref.errors import LegalRefError, UnknownNameError
from legal_ref.library import Library, parse_choice
from legal_ref.library import state_name as library_state_name
from legal_ref.models import (
    INTERNATIONAL,
    REGULAR_ROLES,
    TOPIC_LABELS,
    Application,
    Clause,
    ClauseTest,
    Confidence,
    EventKind,
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


class CheckInputError(LegalRefError, ValueError):
    """The check was asked something it cannot answer as put (no citizenship, international law as a state)."""


class Verdict(StrEnum):
    """What one rule says about the situation: the finding's headline."""

    FORBIDDEN = "forbidden"
    """The rule applies and forbids the service; no permission is provided for."""
    PERMISSION_NEEDED = "permission_needed"
    """The rule applies: the service is lawful only with a consent or licence."""
    NATIONALITY_AT_RISK = "nationality_at_risk"
    """A ground of loss or withdrawal of nationality applies."""
    ALLOWED = "allowed"
    """The rule permits it, or does not reach the situation (exempt, or its condition is not met)."""
    NO_LAW = "no_law"
    """No law on it: the state has no specific rule, or the rule is not in force on the date."""
    DEPENDS = "depends"
    """Whether the rule applies depends on facts or questions the data cannot decide (named in ``depends_on``)."""
    UNCLEAR = "unclear"
    """The law itself is unclear: read the rule, never taken as certain."""
    UNKNOWN = "unknown"
    """Unknown for that date: before the rule is confirmed in force, or outside the researched period."""


VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.FORBIDDEN: "forbidden",
    Verdict.PERMISSION_NEEDED: "permission needed",
    Verdict.NATIONALITY_AT_RISK: "nationality at risk",
    Verdict.ALLOWED: "allowed",
    Verdict.NO_LAW: "no law on it",
    Verdict.DEPENDS: "depends",
    Verdict.UNCLEAR: "unclear",
    Verdict.UNKNOWN: "unknown for that date",
}
"""How each verdict reads, the same on every surface."""


class Permission(StrEnum):
    """The headline: whether someone's permission is needed before serving."""

    YES = "yes"
    NO = "no"
    DEPENDS = "depends"
    FORBIDDEN = "forbidden"
    """No permission is provided for: the service is forbidden outright."""
    UNKNOWN = "unknown"
    """Not researched, or unknown for that date."""


class NationalityOutcome(StrEnum):
    """The citizenship bottom line: what the service does to this nationality."""

    KEPT = "kept"
    MAY_BE_WITHDRAWN = "may_be_withdrawn"
    LOST_AUTOMATICALLY = "lost_automatically"
    DEPENDS = "depends"
    UNCLEAR = "unclear"
    UNKNOWN = "unknown"


_CONFIG = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Finding(BaseModel):
    """One rule measured against the person's situation."""

    model_config = _CONFIG

    rule: str
    """Global id of the rule."""
    jurisdiction: str
    topic: Topic
    regime: Regime
    verdict: Verdict
    reason: str
    """Why: the rule applies, does not apply (exempt, condition not met), is not in force, or is unclear."""
    depends_on: tuple[str, ...] = ()
    """For ``depends``: the questions the data cannot decide."""
    not_evaluated: tuple[str, ...] = ()
    """Exemptions stated only in words: not evaluated, read the rule."""
    in_force: bool = True
    """False when the rule is not in force on the date (not yet, ended, or not confirmed for it)."""
    summary: str
    authority: str | None = None
    procedure: str | None = None
    application: Application | None = None
    penalties: tuple[str, ...] = ()
    nationality_effect: NationalityEffectKind | None = None
    terms: tuple[str, ...] = ()
    citations: tuple[str, ...]
    confidence: Confidence


class PermissionStep(BaseModel):
    """Whose permission, under which rule, and how to ask for it."""

    model_config = _CONFIG

    rule: str
    office: str
    procedure: str | None = None
    application: Application | None = None
    certain: bool
    """False when the rule only may apply (its verdict is ``depends``)."""


class Remedy(BaseModel):
    """A recorded way out for someone who already went (an abolition, amnesty, pardon, retroactive consent)."""

    model_config = _CONFIG

    rule: str
    date: date
    title: str
    summary: str
    sources: tuple[str, ...]
    """URLs of the sources that record it."""


class AdviceLink(BaseModel):
    """An official page to read before going (travel advice, service information)."""

    model_config = _CONFIG

    jurisdiction: str
    title: str
    url: str
    about: str


class CitizenshipAssessment(BaseModel):
    """What the law of one of the person's states says about the service: the bottom line, then the details."""

    model_config = _CONFIG

    citizenship: str
    name: str
    status: TimeStatus
    """``in_force`` when the state's law was researched for the date; ``not_researched`` or ``outside_coverage``."""
    own_state: bool = False
    """True when the serving state is this state: its rules on foreign service do not apply."""
    permission: Permission
    permission_line: str
    """Bottom line 1: whether permission is needed, from whom, or what it depends on."""
    risk_line: str
    """Bottom line 2: the risk without permission (the penalty range and the condition that raises it)."""
    nationality: NationalityOutcome
    citizenship_line: str
    """Bottom line 3: kept, may be withdrawn, lost automatically, depends, unclear, unknown."""
    depends_on: tuple[str, ...] = ()
    """What the permission headline depends on."""
    steps: tuple[PermissionStep, ...] = ()
    """Whose permission and how to apply, for each rule that requires it or may."""
    risk: tuple[str, ...] = ()
    """Each penalty range of an offence that applies or may apply, with its condition and citation."""
    remedies: tuple[Remedy, ...] = ()
    """If you already went: remedies recorded for a rule that applies or may apply."""
    advice: tuple[AdviceLink, ...] = ()
    """This state's official pages for volunteers."""
    findings: tuple[Finding, ...] = ()
    caveats: tuple[str, ...] = ()

    @property
    def needs_authorization(self) -> bool | None:
        """True when permission is needed, False when not (or forbidden outright), None when it depends/unknown."""
        return {Permission.YES: True, Permission.NO: False, Permission.FORBIDDEN: False}.get(self.permission)

    @property
    def bottom_line(self) -> tuple[str, str, str]:
        """The three lines to read first: permission, risk, citizenship."""
        return self.permission_line, self.risk_line, self.citizenship_line


class Assessment(BaseModel):
    """The whole check for one person, one serving state and one date."""

    model_config = _CONFIG

    citizenships: tuple[str, ...]
    serve_in: str
    serve_in_name: str
    as_of: date
    role: Role
    per_citizenship: tuple[CitizenshipAssessment, ...]
    inbound: tuple[Finding, ...]
    """The serving state's rules on foreigners joining its forces."""
    serving_state_advice: tuple[AdviceLink, ...] = ()
    international: tuple[Finding, ...]
    caveats: tuple[str, ...]
    citations: tuple[str, ...] = ()
    """The citations the answer rests on: every rule in force that was measured, and the inbound rules."""
    notice: str = DISCLAIMER


_PERSONAL_TOPICS = (Topic.FOREIGN_SERVICE, Topic.NATIONALITY_LOSS, Topic.MERCENARY, Topic.FOREIGN_CONFLICT)
_RESTRICTIVE = frozenset({Regime.PROHIBITED, Regime.AUTHORIZATION_REQUIRED, Regime.CONDITIONALLY_PROHIBITED})
_LIVE = frozenset(
    {Verdict.FORBIDDEN, Verdict.PERMISSION_NEEDED, Verdict.NATIONALITY_AT_RISK, Verdict.DEPENDS, Verdict.UNCLEAR}
)
"""Verdicts of a rule that applies, may apply, or cannot be ruled out."""
_LOSS = (NationalityEffectKind.AUTOMATIC_LOSS, NationalityEffectKind.MAY_BE_WITHDRAWN)


def possessive(name: str) -> str:
    """``name``'s, or ``name``' for a name ending in s ("the United States'")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_poss = possessive


def state_name(code: str, lib: Library | None = None) -> str:
    """The English short name of a state: the library's, else pycountry's common name, else the code."""
    if lib is not None and code in lib:
        return lib[code].name
    return library_state_name(code)


SERVING_STATE = "{serving_state}"
"""Placeholder for the serving state's name in the texts of a :class:`CheckTable`."""

OWN_FORCES_NOTE = (
    f"As a national of {SERVING_STATE} you would join its forces as one of its own citizens: its rules for "
    "foreigners do not apply to you, and the duties of its nationals (conscription, mobilisation) are not "
    "recorded in legal_ref."
)
"""Said whenever the person holds the serving state's nationality."""

FULLY_RESEARCHED = frozenset({"NATO", "EU"})
"""Organisations every past and present member of which is a researched jurisdiction (the coverage the README
promises: every EU and NATO member): a state not in the library is taken not to be a member."""


class _Context:
    """The situation being checked: who, where, when, in what role."""

    def __init__(self, lib: Library, citizenships: tuple[str, ...], serve_code: str, serve_name: str, day: date,
                 role: Role) -> None:  # fmt: skip
        self.lib, self.citizenships, self.serve_code = lib, citizenships, serve_code
        self.serve_name, self.day, self.role = serve_name, day, role

    def member(self, code: str, organisation: str) -> bool | None:
        """Membership on the date; None when the state is not in the library and its memberships are unknown."""
        if code not in self.lib:
            return False if organisation in FULLY_RESEARCHED else None
        return self.lib[code].member_of(organisation, self.day)

    def at_war(self, a: str, b: str | None = None) -> tuple[str, ...]:
        """Names of recorded conflicts on the date between ``a`` and ``b`` (or involving ``a``)."""
        return tuple(c.name for c in self.lib.conflicts_on(self.day, a) if c.involves(a, b))


# ---------------------------------------------------------------------------
# One rule against the situation
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Evaluation:
    rule: Rule
    verdict: Verdict
    reason: str
    depends_on: tuple[str, ...] = ()
    not_evaluated: tuple[str, ...] = ()
    in_force: bool = True


def _binds(rule: Rule, home: Jurisdiction, ctx: _Context) -> tuple[bool | None, str] | None:
    """Whether the rule binds this person: None when it binds citizens as such, else (binds?, why)."""
    binds = set(rule.binds)
    if binds & {Person.CITIZENS, Person.ANYONE}:
        return None
    if Person.DUAL_NATIONALS in binds:
        if len(ctx.citizenships) == 1:
            return False, f"it binds only those who hold another nationality besides {_poss(home.name)}"
        return None
    if Person.NATURALISED_CITIZENS in binds:
        return None, f"whether you acquired {_poss(home.name)} nationality by naturalisation"
    if binds & {Person.RESIDENTS, Person.ANYONE_ON_TERRITORY}:
        return None, f"whether you live in {home.name} or act on its territory (the rule binds residents or acts there)"
    return False, "it binds states or foreigners, not the state's own citizens"


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
            return True, f"{serve} is a member of {', '.join(members)} on that date"
        unknown = [o for o in clause.organisations if ctx.member(ctx.serve_code, o) is None]
        if unknown:  # a state not in the library is known not to be in a fully researched organisation
            return None, f"whether {serve} is a member of {', '.join(unknown)} (not recorded)"
        if clause.organisations:
            return False, f"{serve} is neither listed nor a member of {', '.join(clause.organisations)} on that date"
        return False, f"{serve} is not listed"
    if test is ClauseTest.SHARED_ALLIANCE:
        for org in clause.organisations:
            home_member, serve_member = ctx.member(home.code, org), ctx.member(ctx.serve_code, org)
            if home_member and serve_member:
                return True, f"{serve} and {home.name} are both members of {org} on that date"
            if serve_member is None:
                return None, f"whether {serve} is a member of {org} (not recorded)"
        return False, f"{serve} and {home.name} are not both members of {', '.join(clause.organisations)} on that date"
    if test is ClauseTest.ALSO_NATIONAL:
        if ctx.serve_code in ctx.citizenships:
            return True, f"you also hold {_poss(serve)} nationality"
        return False, f"you do not hold {_poss(serve)} nationality"
    if test is ClauseTest.REGULAR_FORCES:
        if ctx.role in REGULAR_ROLES:
            return True, f"you would serve in {_poss(serve)} regular armed forces"
        return False, "you would serve outside a state's regular armed forces"
    if test is ClauseTest.ROLE:
        held = ctx.role in clause.roles
        return held, f"your role ({ctx.role.value.replace('_', ' ')}) is {'' if held else 'not '}among those named"
    if test is ClauseTest.COMPULSORY_SERVICE:
        if ctx.serve_code not in ctx.citizenships:
            return False, f"as you do not hold {_poss(serve)} nationality, service there is not compulsory for you"
        return None, f"whether your service in {serve} is compulsory (called up as its national)"
    if test is ClauseTest.AT_WAR_WITH_HOME_STATE:
        between = ctx.at_war(ctx.serve_code, home.code)
        if between:
            return True, f"{serve} and {home.name} are parties to: {'; '.join(between)}"
        return False, f"no armed conflict between {serve} and {home.name} is recorded on that date"
    if test is ClauseTest.AT_WAR_WITH_FRIENDLY_STATE:
        others = [c.name for c in ctx.lib.conflicts_on(ctx.day, ctx.serve_code) if home.code not in c.parties]
        if not others:
            against = " other than one against " + home.name if ctx.at_war(ctx.serve_code, home.code) else ""
            return False, f"no armed conflict involving {serve}{against} is recorded on that date"
        return None, (
            f"whether {_poss(serve)} part in {'; '.join(others)} is a war with a state at peace with {home.name} "
            "(a question of the provision's interpretation)"
        )
    if test is ClauseTest.DESIGNATED_AREA:
        areas = f" ({'; '.join(clause.areas)})" if clause.areas else ""
        return None, f"whether you enter or stay in an area designated under this law{areas}"
    return None, f"whether: {_words(clause.text)}"


def _status_reason(rule: Rule, status: TimeStatus) -> tuple[Verdict, str]:
    valid = rule.valid
    if status is TimeStatus.NOT_YET_IN_FORCE:
        return Verdict.NO_LAW, f"not yet in force on that date: in force from {valid.start}"
    if status is TimeStatus.ENDED:
        repealed = f" ({valid.repealed_by})" if valid.repealed_by else ""
        return Verdict.NO_LAW, f"no longer in force on that date: it ended on {valid.end}{repealed}"
    return Verdict.UNKNOWN, (
        f"unknown for that date: the rule is confirmed in force from {valid.confirmed_from}; its start is not confirmed"
    )


def _judge(rule: Rule, home: Jurisdiction, ctx: _Context) -> _Evaluation:
    """The verdict of one rule on the situation: the single evaluation path of the check and its tables."""
    if home.time_status(ctx.day, rule.topic) is TimeStatus.OUTSIDE_COVERAGE:
        since = home.researched_from(rule.topic)
        why = f"unknown for that date: {_poss(home.name)} law on this is researched from {since}"
        return _Evaluation(rule, Verdict.UNKNOWN, why)
    status = rule.status_on(ctx.day)
    if status is not TimeStatus.IN_FORCE:
        return _Evaluation(rule, *_status_reason(rule, status), in_force=False)
    depends: list[str] = []
    not_evaluated = tuple(e.text or "" for e in rule.exemptions if e.test is ClauseTest.IN_WORDS)
    bound = _binds(rule, home, ctx)
    if bound is not None:
        held, why = bound
        if held is False:
            return _Evaluation(rule, Verdict.ALLOWED, f"it does not reach you: {why}")
        depends.append(why)
    restrictive = rule.regime in _RESTRICTIVE
    for exemption in rule.exemptions:
        if exemption.test is ClauseTest.IN_WORDS:
            continue
        held, why = _clause(exemption, home, ctx)
        if held and restrictive:
            return _Evaluation(rule, Verdict.ALLOWED, f"you are exempt: {exemption.text or why} ({why})")
        if held:
            uncovered = f"what applies when {exemption.text or why} (not recorded; read the rule)"
            return _Evaluation(rule, Verdict.DEPENDS, "its permission does not cover your case", (uncovered,))
        if held is None:
            depends.append(f"{why} (if so, you are exempt)")
    targeted = rule.topic in (Topic.MERCENARY, Topic.FOREIGN_CONFLICT) and restrictive
    condition = rule.condition
    met = [f"not exempt ({why})" for e in rule.exemptions if e.test is not ClauseTest.IN_WORDS
           for held, why in [_clause(e, home, ctx)] if held is False]  # fmt: skip
    if condition is None:
        pass
    elif not condition.all_of:
        depends.append(f"whether: {_words(condition.text)}")
    else:
        for clause in condition.all_of:
            held, why = _clause(clause, home, ctx)
            if held is False:
                return _Evaluation(rule, Verdict.ALLOWED, f"its condition is not met: {why}", (), not_evaluated)
            (depends if held is None else met).append(why)
    if targeted and not depends:
        # These offences target particular conduct (mercenarism, terrorism, unlawful armed groups) defined by
        # more than the data encodes; whether serving in the forces is such conduct turns on each offence's terms.
        depends.append(f"whether serving in {_poss(ctx.serve_name)} forces is the conduct this offence targets")
    return _verdict(rule, tuple(dict.fromkeys(depends)), met, not_evaluated)


def _words(text: str | None) -> str:
    return (text or "").strip().rstrip(".")


def _licensable(rule: Rule) -> bool:
    """Whether the rule carries a permission to serve: a consent, or a licence lifting a prohibition."""
    return rule.authorization is not None


def _verdict(rule: Rule, depends: tuple[str, ...], met: list[str], not_evaluated: tuple[str, ...]) -> _Evaluation:
    """Map the rule's regime, once its condition is evaluated, to a verdict."""
    regime = rule.regime
    if regime is Regime.UNCLEAR:
        return _Evaluation(rule, Verdict.UNCLEAR, "the law on this is unclear: read the rule", depends, not_evaluated)
    if regime is Regime.NO_SPECIFIC_LAW:
        return _Evaluation(rule, Verdict.NO_LAW, "no specific law on this: nothing in this law stands in the way")
    if regime is Regime.PERMITTED:
        return _Evaluation(rule, Verdict.ALLOWED, "the law permits it", depends, not_evaluated)
    if depends:
        return _Evaluation(rule, Verdict.DEPENDS, "it may apply", depends, not_evaluated)
    why = f"it applies: {'; '.join(met)}" if met else "it applies without a condition"
    if _licensable(rule):
        return _Evaluation(rule, Verdict.PERMISSION_NEEDED, why, (), not_evaluated)
    if rule.topic is Topic.NATIONALITY_LOSS:
        return _Evaluation(rule, Verdict.NATIONALITY_AT_RISK, why, (), not_evaluated)
    return _Evaluation(rule, Verdict.FORBIDDEN, why, (), not_evaluated)


# Findings and assessments are built from validated data by this module alone, so they are constructed
# without re-validation: the site precomputes thousands of them.


def _finding(lib: Library, e: _Evaluation) -> Finding:
    rule, auth = e.rule, e.rule.authorization
    return Finding.model_construct(
        rule=rule.uid, jurisdiction=rule.jurisdiction_code, topic=rule.topic, regime=rule.regime, verdict=e.verdict,
        reason=e.reason, depends_on=e.depends_on, not_evaluated=e.not_evaluated, in_force=e.in_force,
        summary=rule.summary,
        authority=auth.office if auth and _licensable(rule) else None,
        procedure=auth.procedure if auth and _licensable(rule) else None,
        application=auth.application if auth and _licensable(rule) else None,
        penalties=tuple(_penalty(p) for p in rule.penalties),
        nationality_effect=rule.nationality.effect if rule.nationality else None,
        terms=tuple(f"{t.label}: {t.text}" for t in rule.terms), citations=lib.citations_of(rule),
        confidence=rule.confidence,
    )  # fmt: skip


def _penalty(p: object) -> str:
    from legal_ref.models import Penalty

    assert isinstance(p, Penalty)
    when = p.when.rstrip(".") if p.when else None
    return f"{p}" + (f" ({when[0].lower() + when[1:]})" if when else "")


# ---------------------------------------------------------------------------
# The bottom line of one citizenship
# ---------------------------------------------------------------------------


def _first(citations: Sequence[str]) -> str:
    return citations[0] if citations else "no citation"


def _marked(line: str, findings: Sequence[Finding]) -> str:
    """The line, marked when a rule it rests on is unverified: never shown as certain."""
    if any(f.confidence is Confidence.UNVERIFIED for f in findings):
        return f"{line} Unverified: the sources read do not confirm it; read the rule."
    return line


def _permission(findings: Sequence[Finding]) -> tuple[Permission, str, tuple[str, ...], tuple[PermissionStep, ...]]:
    # Two rules may ask for the same permission from the same office: one step, certain if either is.
    unique: dict[tuple[str, str | None, Application | None], PermissionStep] = {}
    for f in findings:
        if not f.authority or f.verdict not in (Verdict.PERMISSION_NEEDED, Verdict.DEPENDS):
            continue
        key = (f.authority, f.procedure, f.application)  # models compare and hash by their data
        first = unique.get(key)
        unique[key] = PermissionStep.model_construct(
            rule=first.rule if first else f.rule,
            office=f.authority,
            procedure=f.procedure,
            application=f.application,
            certain=f.verdict is Verdict.PERMISSION_NEEDED or (first is not None and first.certain),
        )
    steps = tuple(unique.values())
    certain = [s for s in steps if s.certain]
    forbidden = [f for f in findings if f.verdict is Verdict.FORBIDDEN and f.topic is not Topic.NATIONALITY_LOSS]
    if forbidden:
        return (
            Permission.FORBIDDEN,
            _marked(f"Forbidden: no permission is provided for ({_cite(forbidden)}).", forbidden),
            (),
            steps,
        )
    if certain:
        offices = "; ".join(dict.fromkeys(s.office for s in certain))
        needed = [f for f in findings if f.authority and f.verdict is Verdict.PERMISSION_NEEDED]
        line = f"Yes: permission is needed before you join, from: {offices} ({_cite(needed)})."
        return Permission.YES, _marked(line, needed), (), steps
    maybe = [f for f in findings if f.authority and f.verdict is Verdict.DEPENDS]
    if maybe:
        depends = tuple(dict.fromkeys(d for f in maybe for d in f.depends_on))
        offices = "; ".join(dict.fromkeys(f.authority or "" for f in maybe))
        return (
            Permission.DEPENDS,
            _marked(
                f"It depends: permission may be needed from: {offices} ({_cite(maybe)}), depending on "
                f"{'; and '.join(depends)}.",
                maybe,
            ),
            depends,
            steps,
        )
    unclear = [f for f in findings if f.verdict is Verdict.UNCLEAR and f.topic is Topic.FOREIGN_SERVICE]
    if unclear:
        return (
            Permission.DEPENDS,
            f"Unclear: the law on it is unclear; read the rule ({_cite(unclear)}).",
            ("how the unclear law is read",),
            steps,
        )
    service = [f for f in findings if f.topic is Topic.FOREIGN_SERVICE]
    if any(f.verdict is Verdict.UNKNOWN for f in service) or not service:
        why = "no rule on it is recorded" if not service else "its law is not confirmed for that date"
        return Permission.UNKNOWN, f"Unknown: {why}.", (), steps
    # A consent rule that exists but does not reach this service: say why, so "no" is not read as "no law".
    exempt = [f for f in findings if f.authority and f.verdict is Verdict.ALLOWED]
    if exempt:
        reasons = "; ".join(dict.fromkeys(f.reason for f in exempt))
        return Permission.NO, _marked(f"No: {reasons} ({_cite(exempt)}).", exempt), (), steps
    return Permission.NO, "No: no rule recorded requires permission for this service.", (), steps


def _risk(findings: Sequence[Finding], permission: Permission) -> tuple[str, tuple[str, ...]]:
    certain = [f for f in findings if f.verdict in (Verdict.FORBIDDEN, Verdict.PERMISSION_NEEDED) and f.penalties]
    maybe = [f for f in findings if f.verdict in (Verdict.DEPENDS, Verdict.UNCLEAR) and f.penalties
             and f.regime in _RESTRICTIVE | {Regime.UNCLEAR}]  # fmt: skip
    lines = tuple(
        f"{p} — {_first(f.citations)}" + ("" if f in certain else f" (only if it applies: {f.verdict.value})")
        for f in (*certain, *maybe)
        for p in f.penalties
    )
    parts = []
    if certain:
        lead = "If you go" if permission is Permission.FORBIDDEN else "Without permission"
        parts.append(f"{lead}: " + "; ".join(f"{'; '.join(f.penalties)} ({_first(f.citations)})" for f in certain))
    if maybe:
        prefix = "It may also be an offence" if certain else "It may be an offence"
        parts.append(f"{prefix}, depending on the facts: " + "; ".join(
            f"{'; '.join(f.penalties)} ({_first(f.citations)})" for f in maybe))  # fmt: skip
    if not parts:
        if any(f.verdict is Verdict.UNKNOWN for f in findings):
            return "No penalty applies as far as recorded, but part of the law is unknown for that date.", lines
        if permission is Permission.FORBIDDEN:
            return "No criminal penalty is recorded; the consequence is for your nationality (below).", lines
        return "No penalty recorded for this service.", lines
    return ". ".join(parts) + ".", lines


def _cite(findings: Iterable[Finding]) -> str:
    return "; ".join(dict.fromkeys(_first(f.citations) for f in findings))


def _nationality(findings: Sequence[Finding], name: str) -> tuple[NationalityOutcome, str]:
    losing = [f for f in findings if f.nationality_effect in _LOSS and f.regime not in (
        Regime.NO_SPECIFIC_LAW, Regime.PERMITTED)]  # fmt: skip
    applies = [f for f in losing if f.verdict in (Verdict.FORBIDDEN, Verdict.PERMISSION_NEEDED,
                                                  Verdict.NATIONALITY_AT_RISK)]  # fmt: skip
    lost = [f for f in applies if f.nationality_effect is NationalityEffectKind.AUTOMATIC_LOSS]
    if lost:
        unless = [f.authority for f in lost if f.verdict is Verdict.PERMISSION_NEEDED and f.authority]
        tail = f" unless {'; '.join(unless)} consented beforehand" if unless else ""
        return NationalityOutcome.LOST_AUTOMATICALLY, _marked(f"Lost automatically{tail} ({_cite(lost)}).", lost)
    if applies:
        line = f"May be withdrawn: the nationality of {name} ({_cite(applies)})."
        return NationalityOutcome.MAY_BE_WITHDRAWN, _marked(line, applies)
    maybe = [f for f in losing if f.verdict is Verdict.DEPENDS]
    if maybe:
        depends = "; and ".join(dict.fromkeys(d for f in maybe for d in f.depends_on))
        automatic = any(f.nationality_effect is NationalityEffectKind.AUTOMATIC_LOSS for f in maybe)
        consents = [f.authority for f in maybe if f.authority]
        consented = f" unless {'; '.join(dict.fromkeys(consents))} consented beforehand" if consents else ""
        what = "lost automatically" if automatic else "withdrawn"
        line = f"It depends: it may be {what}{consented} ({_cite(maybe)}), depending on {depends}."
        return NationalityOutcome.DEPENDS, _marked(line, maybe)
    unclear = [f for f in losing if f.verdict is Verdict.UNCLEAR]
    if unclear:
        return NationalityOutcome.UNCLEAR, f"Unclear: read the rule ({_cite(unclear)})."
    topic = [f for f in findings if f.topic is Topic.NATIONALITY_LOSS]
    if any(f.verdict is Verdict.UNKNOWN for f in topic) or not any(
        f.verdict in (Verdict.NO_LAW, Verdict.ALLOWED) and f.in_force for f in topic
    ):
        return NationalityOutcome.UNKNOWN, "Unknown: no rule on losing it is recorded for that date."
    return NationalityOutcome.KEPT, f"Kept: no recorded ground of loss of the nationality of {name} applies."


def _advice(lib: Library, j: Jurisdiction) -> tuple[AdviceLink, ...]:
    out = []
    for a in j.advice:
        source = j.source(a.source)
        out.append(AdviceLink.model_construct(jurisdiction=j.code, title=source.title, url=str(source.url),
                                              about=a.about))  # fmt: skip
    return tuple(out)


def _remedies(home: Jurisdiction, findings: Sequence[Finding]) -> tuple[Remedy, ...]:
    live = {f.rule for f in findings if f.verdict in _LIVE}
    prefix = home.code.lower() + ":"
    return tuple(
        Remedy.model_construct(rule=prefix + rule_id, date=e.date, title=e.title, summary=e.summary,
                               sources=tuple(str(home.source(s).url) for s in e.sources))
        for e in sorted(home.events, key=lambda e: e.date)
        if e.kind is EventKind.REMEDY
        for rule_id in e.rules[:1]
        if any(prefix + r in live for r in e.rules)
    )  # fmt: skip


def _caveats(home: Jurisdiction, findings: Sequence[Finding]) -> list[str]:
    caveats = []
    for f in findings:
        if f.verdict in _LIVE and f.confidence in (Confidence.SECONDARY, Confidence.UNVERIFIED):
            caveats.append(f"{TOPIC_LABELS[f.topic]} ({_first(f.citations)}): {f.confidence.value} — "
                           "not checked against the text of the law.")  # fmt: skip
    if not any(f.topic is Topic.FOREIGN_SERVICE for f in findings):
        caveats.append(f"No rule on service in foreign forces is recorded for {home.name}.")
    return caveats


def _empty(code: str, name: str, status: TimeStatus, line: str, caveat: str) -> CitizenshipAssessment:
    return CitizenshipAssessment.model_construct(
        citizenship=code, name=name, status=status, own_state=False, permission=Permission.UNKNOWN,
        permission_line=line, risk_line="Unknown.", nationality=NationalityOutcome.UNKNOWN,
        citizenship_line="Unknown.", depends_on=(), steps=(), risk=(), remedies=(), advice=(), findings=(),
        caveats=(caveat,),
    )  # fmt: skip


def _citizenship(ctx: _Context, code: str) -> CitizenshipAssessment:
    """The bottom line and details for one citizenship (also what the site's tables store)."""
    lib = ctx.lib
    if code not in lib:
        name = state_name(code)
        return _empty(code, name, TimeStatus.NOT_RESEARCHED, f"Unknown: {_poss(name)} law is not researched yet.",
                      f"The law of {name} is not yet in legal_ref: no answer for this citizenship.")  # fmt: skip
    home = lib[code]
    if code == ctx.serve_code:
        return CitizenshipAssessment.model_construct(
            citizenship=code, name=home.name, status=TimeStatus.IN_FORCE, own_state=True, permission=Permission.NO,
            permission_line=f"No: these are your own country's forces; {_poss(home.name)} rules on service in foreign "
            "forces do not apply.",
            risk_line="None under those rules.", nationality=NationalityOutcome.KEPT,
            citizenship_line="Kept: serving your own country does not put its nationality at risk.",
            depends_on=(), steps=(), risk=(), remedies=(), advice=(), findings=(), caveats=(),
        )  # fmt: skip
    if home.time_status(ctx.day) is TimeStatus.OUTSIDE_COVERAGE:
        since = home.researched_from()
        return _empty(home.code, home.name, TimeStatus.OUTSIDE_COVERAGE,
                      f"Unknown for that date: {_poss(home.name)} law is researched from {since}.",
                      f"{_poss(home.name)} law is not researched for that date (researched from {since}).")  # fmt: skip
    findings = tuple(_finding(lib, _judge(r, home, ctx)) for r in home.rules if r.topic in _PERSONAL_TOPICS)
    permission, permission_line, depends, steps = _permission(findings)
    risk_line, risk = _risk(findings, permission)
    nationality, citizenship_line = _nationality(findings, home.name)
    return CitizenshipAssessment.model_construct(
        citizenship=home.code, name=home.name, status=TimeStatus.IN_FORCE, own_state=False, permission=permission,
        permission_line=permission_line, risk_line=risk_line, nationality=nationality,
        citizenship_line=citizenship_line, depends_on=depends, steps=steps, risk=risk,
        remedies=_remedies(home, findings), advice=_advice(lib, home), findings=findings,
        caveats=tuple(_caveats(home, findings)),
    )  # fmt: skip


def _inbound(lib: Library, serve: Jurisdiction, day: date) -> tuple[Finding, ...]:
    """The serving state's rules on foreigners joining its forces, in force on ``day``."""
    rules = [r for r in serve.rules if r.topic is Topic.INBOUND_SERVICE and r.status_on(day) is TimeStatus.IN_FORCE]
    return tuple(
        _finding(lib, _Evaluation(r, Verdict.ALLOWED, f"{_poss(serve.name)} rules for foreigners")) for r in rules
    )


def _international(ctx: _Context) -> tuple[Finding, ...]:
    """International law on a person's status (AP I art. 47), evaluated for the role."""
    if INTERNATIONAL not in ctx.lib:
        return ()
    treaty_law = ctx.lib[INTERNATIONAL]
    rules = [r for r in treaty_law.rules if r.topic is Topic.MERCENARY and Person.ANYONE in r.binds]
    return tuple(_finding(ctx.lib, _judge(r, treaty_law, ctx)) for r in rules)


def _code(lib: Library, name: str, what: str) -> str:
    if not isinstance(name, str):
        raise CheckInputError(f"{what} must be a state's name or code, not {type(name).__name__}")
    j = lib.get(name)
    if j is not None and j.is_international:
        raise CheckInputError(f"international law ({j.code}) is not a state: it cannot be {what}")
    if j is not None:
        return j.code
    return _iso_or_raise(lib, name)


def normalise_citizenships(lib: Library, citizenships: str | Iterable[str]) -> tuple[str, ...]:
    """Codes of the citizenships, in order, each once. A single ``str`` is one citizenship (never its letters)."""
    items = [citizenships] if isinstance(citizenships, str) else list(citizenships)
    codes = tuple(dict.fromkeys(_code(lib, c, "a citizenship") for c in items))
    if not codes:
        raise CheckInputError("name at least one citizenship")
    return codes


def assess(
    lib: Library,
    citizenships: str | Iterable[str],
    serve_in: str,
    as_of: date | None = None,
    role: Role | str = Role.MEMBER_OF_ARMED_FORCES,
) -> Assessment:
    """Check a person holding ``citizenships`` who would serve in the forces of ``serve_in`` on ``as_of``.

    ``citizenships`` is a list of names or codes (repeats are dropped); a single string is one
    citizenship. International law (``INT``) is neither a citizenship nor a serving state.
    Returns, per citizenship, the bottom line (permission, risk, citizenship), the steps to
    apply, remedies and advice pages, and every finding with its verdict; then the serving
    state's inbound rules and advice, the international-law position, and caveats.
    Information, not legal advice.
    """
    codes = normalise_citizenships(lib, citizenships)
    serve_code = _code(lib, serve_in, "the serving state")
    day = as_of or date.today()
    role_ = parse_choice(Role, role, "role")
    serve = lib.get(serve_code)
    serve_name = state_name(serve_code, lib)
    ctx = _Context(lib, codes, serve_code, serve_name, day, role_)
    per = tuple(_citizenship(ctx, code) for code in codes)
    national = serve_code in codes
    inbound = _inbound(lib, serve, day) if serve is not None and not national else ()
    international = _international(ctx)
    caveats = [DISCLAIMER, *(c for p in per for c in p.caveats)]
    if serve is None:
        caveats.append(f"The law of {serve_name}, the serving state, is not yet in legal_ref: its own rules "
                       "(on foreigners in its forces, or its duties) are not shown.")  # fmt: skip
    if national:
        caveats.append(OWN_FORCES_NOTE.replace(SERVING_STATE, serve_name))
    if lib.conflicts:
        caveats.append("Armed conflicts are taken from the conflicts recorded in legal_ref, with their sources.")
    cited = (c for p in per for f in p.findings if f.in_force and f.verdict is not Verdict.UNKNOWN for c in f.citations)
    return Assessment.model_construct(
        citizenships=codes, serve_in=serve_code, serve_in_name=serve_name, as_of=day, role=role_,
        per_citizenship=per, inbound=inbound, serving_state_advice=_advice(lib, serve) if serve else (),
        international=international, caveats=tuple(dict.fromkeys(caveats)),
        citations=tuple(dict.fromkeys((*cited, *(c for f in inbound for c in f.citations)))), notice=DISCLAIMER,
    )  # fmt: skip


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
    """What a finding says about its rule, stored once per rule in a table."""

    model_config = _CONFIG

    jurisdiction: str
    topic: Topic
    regime: Regime
    summary: str
    authority: str | None
    penalties: tuple[str, ...]
    nationality_effect: NationalityEffectKind | None
    terms: tuple[str, ...]
    citations: tuple[str, ...]
    confidence: Confidence


class Outcome(BaseModel):
    """How one rule measures against one situation."""

    model_config = _CONFIG

    rule: str
    verdict: Verdict
    reason: str
    depends_on: tuple[str, ...] = ()
    not_evaluated: tuple[str, ...] = ()
    in_force: bool = True


class Situation(BaseModel):
    """One citizenship's answer for a class of serving states: the bottom line and the outcomes."""

    model_config = _CONFIG

    answer: CitizenshipAssessment
    """The answer, its findings left out (they are in ``outcomes`` and the table's ``rules``)."""
    outcomes: tuple[Outcome, ...]


class Period(BaseModel):
    """The checks in force from ``start`` until the next period's start."""

    model_config = _CONFIG

    start: date | None
    """None for the period before every recorded change."""
    serve_in: dict[str, tuple[int, int, int]]
    """Per serving state, indexes into ``situations``: as a sole citizen, with another citizenship, and also
    holding the serving state's nationality."""
    default: tuple[int, int, int]
    """The same for any state not researched that is not in ``serve_in`` (its own law unknown)."""


class CheckTable(BaseModel):
    """The checks of one citizenship against every researched serving state, for every date.

    ``periods`` start at each date where a rule, a membership, a conflict or the research
    coverage changes; the answer on a date is the one of the last period starting on or
    before it. States whose situation reads the same share one entry of ``situations``;
    texts name the serving state as ``{serving_state}``, to be replaced by its name.
    """

    model_config = _CONFIG

    citizenship: str
    name: str
    role: Role
    placeholder: str = SERVING_STATE
    rules: dict[str, RuleFacts]
    situations: tuple[Situation, ...]
    own: int
    """Index in ``situations`` of the answer when the serving state is this state."""
    periods: tuple[Period, ...]
    notice: str = DISCLAIMER


class ServingPeriod(BaseModel):
    """A serving state's inbound rules, or international law, from ``start`` on."""

    model_config = _CONFIG

    start: date | None
    rules: tuple[str, ...]
    outcomes: tuple[Outcome, ...] = ()


class ServingFacts(BaseModel):
    """What the check page shows about a serving state whatever the citizenship."""

    model_config = _CONFIG

    name: str
    advice: tuple[AdviceLink, ...]
    inbound: tuple[ServingPeriod, ...]


class ServingTable(BaseModel):
    """Serving states' inbound rules and advice, and international law, for every date."""

    model_config = _CONFIG

    role: Role
    rules: dict[str, RuleFacts]
    states: dict[str, ServingFacts]
    unresearched: dict[str, str]
    """UN member states not yet researched, by code, with their names: the check still answers for them."""
    international: tuple[ServingPeriod, ...]
    notice: str = DISCLAIMER


def _facts(f: Finding) -> RuleFacts:
    return RuleFacts.model_construct(
        jurisdiction=f.jurisdiction, topic=f.topic, regime=f.regime, summary=f.summary, authority=f.authority,
        penalties=f.penalties, nationality_effect=f.nationality_effect, terms=f.terms, citations=f.citations,
        confidence=f.confidence,
    )  # fmt: skip


def _outcome(f: Finding) -> Outcome:
    return Outcome.model_construct(rule=f.rule, verdict=f.verdict, reason=f.reason, depends_on=f.depends_on,
                                   not_evaluated=f.not_evaluated, in_force=f.in_force)  # fmt: skip


def _dates(*intervals: object) -> set[date]:
    from legal_ref.periods import Interval

    out: set[date] = set()
    for i in intervals:
        assert isinstance(i, Interval)
        out.update(d for d in (i.start, i.confirmed_from, i.end) if d is not None)
    return out


def _boundaries(lib: Library, home: Jurisdiction) -> list[date | None]:
    """Every date on which the answer for ``home`` may change, with None for the time before them all."""
    days = _dates(*(r.valid for r in home.rules))
    days |= {d for d in (home.coverage.since, *home.coverage.topics.values()) if d is not None}
    organisations = {o for r in home.rules for c in (*(r.condition.all_of if r.condition else ()), *r.exemptions)
                     for o in c.organisations}  # fmt: skip
    days |= _dates(*(m.valid for j in lib for m in j.memberships if m.organisation in organisations))
    days |= _dates(*(c.valid for c in lib.dataset.conflicts))
    return [None, *sorted(days)]


def _home_profile(home: Jurisdiction, day: date) -> tuple[object, ...]:
    """Everything about the home state that its rules look at on ``day``."""
    organisations = sorted({o for c in _clauses(home) for o in c.organisations})
    return (
        tuple(home.member_of(o, day) for o in organisations),
        tuple(r.status_on(day) for r in home.rules),
        tuple(home.time_status(day, t) for t in Topic),
    )


def _clauses(home: Jurisdiction) -> list[Clause]:
    return [c for r in home.rules for c in (*(r.condition.all_of if r.condition else ()), *r.exemptions)]


def _profile(
    lib: Library, home: Jurisdiction, clauses: list[Clause], code: str, serve: Jurisdiction | None, day: date
) -> tuple[object, ...]:
    """Everything about the state ``code`` that the home state's rules look at on ``day``.

    Equal profiles, equal checks. A state not in the library has the memberships ``_Context.member`` gives it.
    """
    organisations = sorted({o for c in clauses for o in c.organisations})
    return (
        tuple(serve.member_of(o, day) if serve else (False if o in FULLY_RESEARCHED else None) for o in organisations),
        tuple(code in c.states for c in clauses),
        tuple(sorted((c.id, home.code in c.parties) for c in lib.dataset.conflicts_on(day, code))),
    )


_UNRESEARCHED = "ZZ"
"""Stands for any state not in the library and named nowhere in a citizenship's rules (ISO user-assigned code)."""


_EARLIEST = date(1800, 1, 1)


def unresearched_states(lib: Library) -> list[str]:
    """The UN member states not yet in the library, by code."""
    members = lib.dataset.un_members.members if lib.dataset.un_members else ()
    return sorted(code for code in members if code not in lib)


def check_table(lib: Library, citizenship: str, role: Role = Role.MEMBER_OF_ARMED_FORCES) -> CheckTable:
    """Precompute :func:`assess` for ``citizenship`` against every researched state, for every date."""
    home = lib[citizenship]
    rules: dict[str, RuleFacts] = {}
    situations: dict[str, int] = {}
    stored: list[Situation] = []
    cache: dict[tuple[object, ...], tuple[int, int, int]] = {}
    states_in_lib = [j.code for j in lib if not j.is_international]
    unresearched = unresearched_states(lib)
    researched = {j.code: j for j in lib if not j.is_international}

    def situation(ctx: _Context) -> int:
        answer = _citizenship(ctx, home.code)
        for f in answer.findings:
            rules.setdefault(f.rule, _facts(f))
        found = Situation.model_construct(answer=answer.model_copy(update={"findings": ()}),
                                          outcomes=tuple(_outcome(f) for f in answer.findings))  # fmt: skip
        key = found.model_dump_json()
        if key not in situations:
            situations[key] = len(stored)
            stored.append(found)
        return situations[key]

    periods = []
    clauses = _clauses(home)
    for start in _boundaries(lib, home):
        day = start or _EARLIEST
        home_key = _home_profile(home, day)
        states: dict[str, tuple[int, int, int]] = {}

        def answers(code: str, day: date = day, home_key: tuple[object, ...] = home_key) -> tuple[int, int, int]:
            key = (home_key, _profile(lib, home, clauses, code, researched.get(code), day))
            if key not in cache:
                # A second citizenship that is not the serving state's: any other researched state stands for it.
                other = next(c for c in states_in_lib if c not in (home.code, code))
                cache[key] = (
                    situation(_Context(lib, (home.code,), code, SERVING_STATE, day, role)),
                    situation(_Context(lib, (home.code, other), code, SERVING_STATE, day, role)),
                    situation(_Context(lib, (home.code, code), code, SERVING_STATE, day, role)),
                )
            return cache[key]

        for code in states_in_lib:
            if code != home.code:
                states[code] = answers(code)
        default = answers(_UNRESEARCHED)
        for code in unresearched:
            if answers(code) != default:
                states[code] = answers(code)
        periods.append(Period.model_construct(start=start, serve_in=states, default=default))
    own = situation(_Context(lib, (home.code,), home.code, SERVING_STATE, date.today(), role))
    merged = [
        p
        for i, p in enumerate(periods)
        if i == 0 or (p.serve_in, p.default) != (periods[i - 1].serve_in, periods[i - 1].default)
    ]
    return CheckTable.model_construct(
        citizenship=home.code, name=home.name, role=role, placeholder=SERVING_STATE, rules=rules,
        situations=tuple(stored), own=own, periods=tuple(merged), notice=DISCLAIMER,
    )  # fmt: skip


def serving_table(lib: Library, role: Role = Role.MEMBER_OF_ARMED_FORCES) -> ServingTable:
    """Precompute the serving states' inbound rules and advice, and international law, for every date."""
    rules: dict[str, RuleFacts] = {}
    states: dict[str, ServingFacts] = {}
    for serve in lib:
        if serve.is_international:
            continue
        inbound = [r for r in serve.rules if r.topic is Topic.INBOUND_SERVICE]
        periods: list[ServingPeriod] = []
        for start in [None, *sorted(_dates(*(r.valid for r in inbound)))]:
            found = _inbound(lib, serve, start or _EARLIEST)
            for f in found:
                rules.setdefault(f.rule, _facts(f))
            ids = tuple(f.rule for f in found)
            if not periods or periods[-1].rules != ids:
                periods.append(ServingPeriod.model_construct(start=start, rules=ids, outcomes=()))
        states[serve.code] = ServingFacts.model_construct(name=serve.name, advice=_advice(lib, serve),
                                                          inbound=tuple(periods))  # fmt: skip
    international: list[ServingPeriod] = []
    if INTERNATIONAL in lib:
        any_state = next(j.code for j in lib if not j.is_international)
        for start in [None, *sorted(_dates(*(r.valid for r in lib[INTERNATIONAL].rules)))]:
            ctx = _Context(lib, (any_state,), SERVING_STATE, SERVING_STATE, start or _EARLIEST, role)
            found = _international(ctx)
            for f in found:
                rules.setdefault(f.rule, _facts(f))
            outcomes = tuple(_outcome(f) for f in found)
            if not international or international[-1].outcomes != outcomes:
                international.append(ServingPeriod.model_construct(start=start, rules=tuple(f.rule for f in found),
                                                                   outcomes=outcomes))  # fmt: skip
    unresearched = {code: state_name(code) for code in unresearched_states(lib)}
    return ServingTable.model_construct(
        role=role,
        rules=rules,
        states=states,
        unresearched=unresearched,
        international=tuple(international),
        notice=DISCLAIMER,
    )
