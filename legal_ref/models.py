"""The typed legal data model: jurisdictions, instruments, provisions, rules, events and sources.

The YAML files under ``data/`` validate against these models, and everything
legal_ref publishes (the site, the JSON and CSV exports, the JSON Schema, the
CLI) is generated from them. Models are immutable and reject unknown fields;
closed vocabularies are enums. Ids in the data are local slugs; each object
also knows its global id (``cz:criminal-code:s321``) once its jurisdiction has
been validated.
"""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)

from legal_ref.periods import Interval, TimeStatus

# ---------------------------------------------------------------------------
# Identifiers and small value types
# ---------------------------------------------------------------------------

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]
"""A local identifier: lower-case letters, digits and hyphens."""

ProvisionKey = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9-]*$")]
"""A reference from a rule to a provision of the same file: ``<instrument-id>:<provision-id>``."""

INTERNATIONAL = "INT"
"""The code of the international-law pseudo-jurisdiction."""
USER_ASSIGNED_CODES = frozenset({INTERNATIONAL, "XK"})
"""Codes accepted besides ISO 3166-1 alpha-2: international law, and Kosovo's user-assigned XK."""

JurisdictionCode = Annotated[str, Field(pattern=r"^(?:[A-Z]{2}|INT)$")]
"""An ISO 3166-1 alpha-2 code (checked against the standard by the validator), ``XK`` or ``INT``."""

OrganisationId = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9]{1,15}$")]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
LanguageTag = Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
GlobalcitMode = Annotated[str, Field(pattern=r"^L\d{2}$")]
NonEmptyStr = Annotated[str, Field(min_length=1)]


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$", value):
        if re.match(r"^https?://[^/?#]*@", value):
            # https://official.portal@elsewhere.example/ goes to elsewhere.example: never accept it.
            raise ValueError("a URL must not carry a user name or password before '@'")
        raise ValueError("expected an absolute http(s) URL such as https://www.legislation.gov.uk/…")
    return value


Url = Annotated[str, AfterValidator(_check_url)]


class DurationUnit(StrEnum):
    """Units of a prison term."""

    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    LIFE = "life"


_DURATION_RE = re.compile(r"^(?P<value>\d+)\s+(?P<unit>days?|months?|years?)$")


@dataclass(frozen=True, order=False)
class Duration:
    """A term such as ``5 years`` or ``6 months``, or ``life``; written as that string in the data."""

    value: int
    unit: DurationUnit

    @classmethod
    def parse(cls, text: object) -> "Duration":
        """Parse ``"N days|months|years"`` or ``"life"``."""
        if isinstance(text, Duration):
            return text
        if not isinstance(text, str):
            raise ValueError(f"expected a term such as '5 years', '6 months' or 'life', found {text!r}")
        if text.strip() == "life":
            return cls(0, DurationUnit.LIFE)
        match = _DURATION_RE.match(text.strip())
        if match is None:
            raise ValueError(f"expected a term such as '5 years', '6 months' or 'life', found {text!r}")
        unit = match["unit"] if match["unit"].endswith("s") else match["unit"] + "s"
        return cls(int(match["value"]), DurationUnit(unit))

    @property
    def months(self) -> float:
        """The term in months (days count as 1/30 month; life is infinite), for comparing terms."""
        if self.unit is DurationUnit.LIFE:
            return float("inf")
        if self.unit is DurationUnit.YEARS:
            return self.value * 12.0
        if self.unit is DurationUnit.MONTHS:
            return float(self.value)
        return self.value / 30.0

    def __str__(self) -> str:
        if self.unit is DurationUnit.LIFE:
            return "life"
        unit = self.unit.value if self.value != 1 else self.unit.value[:-1]
        return f"{self.value} {unit}"


DurationField = Annotated[
    Duration,
    PlainValidator(Duration.parse),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^(?:\d+ (?:days?|months?|years?)|life)$"}),
]


def _private_str(model: BaseModel, name: str) -> str:
    """A private string attribute, read directly: pydantic's ``__getattr__`` fallback is slow in hot loops."""
    value: str = model.__pydantic_private__[name]  # type: ignore[index]
    return value


class Model(BaseModel):
    """Base of every data model: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __eq__(self, other: object) -> bool:
        # Equal data is equal: the private back-links set after validation (a provision's
        # instrument, global ids) are derived, and comparing them would recurse forever.
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))


# ---------------------------------------------------------------------------
# Closed vocabularies
# ---------------------------------------------------------------------------


class SourceKind(StrEnum):
    """What kind of document a source is. Whether it is the state's own publication is a separate field."""

    LEGISLATION = "legislation"
    """The text of an act, code, decree or treaty (consolidated or as enacted)."""
    GAZETTE = "gazette"
    """An official journal issue or its record of publication."""
    GOVERNMENT = "government"
    """A statement, guidance page or report of a public authority."""
    COURT = "court"
    """A judgment or decision."""
    SCHOLARSHIP = "scholarship"
    COMMENTARY = "commentary"
    """Law-firm notes, legal blogs, practitioners' commentary."""
    NEWS = "news"
    REFERENCE = "reference"
    """Encyclopaedias, databases and other reference works."""


LEGAL_TEXT_KINDS = frozenset({SourceKind.LEGISLATION, SourceKind.GAZETTE})
"""Source kinds that carry the text of the law itself."""


class InstrumentKind(StrEnum):
    """The legal form of an instrument."""

    CONSTITUTION = "constitution"
    ACT = "act"
    CODE = "code"
    DECREE = "decree"
    REGULATION = "regulation"
    ORDER = "order"
    TREATY = "treaty"
    CASE = "case"


class Topic(StrEnum):
    """What a rule is about; the axis along which jurisdictions are compared."""

    FOREIGN_SERVICE = "foreign_service"
    RECRUITMENT = "recruitment"
    MERCENARY = "mercenary"
    NATIONALITY_LOSS = "nationality_loss"
    FOREIGN_CONFLICT = "foreign_conflict"
    INBOUND_SERVICE = "inbound_service"


class Direction(StrEnum):
    """Outbound rules bind a state's own people abroad; inbound rules let foreigners into its forces."""

    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Person(StrEnum):
    """Whom a rule binds."""

    CITIZENS = "citizens"
    DUAL_NATIONALS = "dual_nationals"
    NATURALISED_CITIZENS = "naturalised_citizens"
    RESIDENTS = "residents"
    ANYONE_ON_TERRITORY = "anyone_on_territory"
    ANYONE = "anyone"
    FOREIGNERS = "foreigners"
    STATELESS_PERSONS = "stateless_persons"
    STATES = "states"


class Regime(StrEnum):
    """How the law treats the conduct a rule is about.

    For ``nationality_loss`` rules the conduct is foreign service and the regime says
    when it puts nationality at risk: ``prohibited`` (any foreign service),
    ``conditionally_prohibited`` (only under the rule's condition),
    ``authorization_required`` (unless authorised), ``no_specific_law`` (no such
    ground); the ``nationality`` block states the consequence itself.
    """

    PERMITTED = "permitted"
    AUTHORIZATION_REQUIRED = "authorization_required"
    PROHIBITED = "prohibited"
    CONDITIONALLY_PROHIBITED = "conditionally_prohibited"
    NO_SPECIFIC_LAW = "no_specific_law"
    UNCLEAR = "unclear"


class ClauseTest(StrEnum):
    """Machine-checkable tests that a rule's condition and exemptions are made of.

    The volunteer check evaluates each against the person's situation and the data
    (alliance memberships and armed conflicts on the date): it holds, it does not,
    or the data cannot tell (then the answer says what it depends on).
    """

    SERVING_STATE_IN = "serving_state_in"
    """The serving state is one of ``states`` or a member, on the date, of one of ``organisations``."""
    SHARED_ALLIANCE = "shared_alliance"
    """The serving state and this state are both members, on the date, of one of ``organisations``."""
    GENERAL_CONSENT = "general_consent"
    """A general consent or licence covers service for the serving state (listed in ``states``/``organisations``)."""
    ALSO_NATIONAL = "also_national"
    """The person also holds the serving state's nationality."""
    REGULAR_FORCES = "regular_forces"
    """The service is in a state's regular armed forces, not a non-state group or a private company."""
    COMPULSORY_SERVICE = "compulsory_service"
    """The service is compulsory there (the person is called up as that state's national)."""
    ROLE = "role"
    """The person serves in one of ``roles`` (e.g. as an officer)."""
    AT_WAR_WITH_HOME_STATE = "at_war_with_home_state"
    """The serving state is a party to an armed conflict against this state."""
    AT_WAR_WITH_FRIENDLY_STATE = "at_war_with_friendly_state"
    """The serving state is at war with a state at peace with this state."""
    DESIGNATED_AREA = "designated_area"
    """The person goes to an area designated under this state's law (``areas``)."""
    IN_WORDS = "in_words"
    """Stated only in words: not evaluated; the answer tells the reader to read the rule."""


class ServiceRole(StrEnum):
    """The capacity in which a person would serve."""

    MEMBER_OF_ARMED_FORCES = "member_of_armed_forces"
    """Enlisted in the serving state's regular armed forces (soldier or non-commissioned officer)."""
    OFFICER = "officer"
    """Commissioned officer of the serving state's regular armed forces."""
    NON_STATE_GROUP = "non_state_group"
    """A member of an armed group that is not part of a state's regular forces."""
    PRIVATE_CONTRACTOR = "private_contractor"
    """Hired by a private company, outside any state's armed forces."""


REGULAR_ROLES = frozenset({ServiceRole.MEMBER_OF_ARMED_FORCES, ServiceRole.OFFICER})
"""Roles inside a state's regular armed forces."""


class AuthorityKind(StrEnum):
    """Who grants an authorization, by kind; the office itself is named in words."""

    HEAD_OF_STATE = "head_of_state"
    MONARCH = "monarch"
    GOVERNMENT = "government"
    MINISTER = "minister"
    MINISTRY = "ministry"
    MILITARY = "military"
    LEGISLATURE = "legislature"
    COURT = "court"
    OTHER = "other"


class FineKind(StrEnum):
    """How a fine is expressed."""

    AMOUNT = "amount"
    DAY_FINES = "day_fines"
    UNSPECIFIED = "unspecified"
    UNLIMITED = "unlimited"


class NationalityEffectKind(StrEnum):
    """What foreign service does to a person's nationality."""

    AUTOMATIC_LOSS = "automatic_loss"
    MAY_BE_WITHDRAWN = "may_be_withdrawn"
    NONE = "none"


class Confidence(StrEnum):
    """How well a rule is verified, from the strongest to the weakest."""

    OFFICIAL_PUBLICATION = "official_publication"
    """Checked against the state's own official publication of the provisions it rests on."""
    REPRODUCTION = "reproduction"
    """Checked against the text of the provisions, read in a reproduction (not the official publication)."""
    SECONDARY = "secondary"
    """Only secondary sources (commentary, news, reference works) confirm it."""
    UNVERIFIED = "unverified"
    """Recorded but not confirmed; see the rule's notes."""


class EventKind(StrEnum):
    """What kind of dated fact about practice an event is."""

    LICENCE = "licence"
    WAIVER = "waiver"
    STATEMENT = "statement"
    STATISTICS = "statistics"
    PROSECUTION = "prosecution"
    JUDGMENT = "judgment"
    AMENDMENT = "amendment"
    RECRUITMENT = "recruitment"
    REMEDY = "remedy"
    """A way out for someone who already served: an abolition, amnesty, pardon or retroactive consent."""
    OTHER = "other"


class OrganisationKind(StrEnum):
    """The nature of an organisation states belong to."""

    DEFENCE_ALLIANCE = "defence_alliance"
    POLITICAL_UNION = "political_union"
    REGIONAL_ORGANISATION = "regional_organisation"


TOPIC_LABELS: dict[Topic, str] = {
    Topic.FOREIGN_SERVICE: "Service in foreign armed forces",
    Topic.RECRUITMENT: "Recruitment for foreign forces",
    Topic.MERCENARY: "Mercenary activity",
    Topic.NATIONALITY_LOSS: "Loss of nationality",
    Topic.FOREIGN_CONFLICT: "Foreign conflicts and designated areas",
    Topic.INBOUND_SERVICE: "Foreigners joining this state's forces",
}
"""Human labels of the topics, for tables and pages."""

REGIME_LABELS: dict[Regime, str] = {
    Regime.PERMITTED: "permitted",
    Regime.AUTHORIZATION_REQUIRED: "authorization required",
    Regime.PROHIBITED: "prohibited",
    Regime.CONDITIONALLY_PROHIBITED: "prohibited under a condition",
    Regime.NO_SPECIFIC_LAW: "no specific law",
    Regime.UNCLEAR: "unclear",
}
"""Human labels of the regimes."""


# ---------------------------------------------------------------------------
# Sources and shared vocabularies
# ---------------------------------------------------------------------------


class Source(Model):
    """A document that was actually read to establish a fact."""

    id: Slug
    url: Url
    """The document's own public address."""
    title: NonEmptyStr
    publisher: NonEmptyStr
    kind: SourceKind
    language: LanguageTag
    official: bool = False
    """Whether the document is the state's (or the treaty depositary's) own official publication;
    ``false`` for a reproduction, a private database or anyone else's page."""
    consulted_on: date
    """When it was read."""
    version_date: date | None = None
    """The version or consolidation date of the text read, where the source shows one."""
    note: str | None = None


class Organisation(Model):
    """A defence alliance or political organisation whose membership rules depend on."""

    id: OrganisationId
    name: NonEmptyStr
    kind: OrganisationKind
    sources: tuple[Source, ...] = Field(min_length=1)


class OrganisationRegistry(Model):
    """The contents of ``data/organisations.yaml``."""

    organisations: tuple[Organisation, ...] = Field(min_length=1)


class Portal(Model):
    """An official legislation portal of a jurisdiction, where its instruments and provisions are linked."""

    host: Annotated[str, Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$")]
    """The portal's host name, e.g. ``www.legislation.gov.uk``."""
    name: NonEmptyStr
    publisher: NonEmptyStr
    deep_links: bool
    """Whether the portal has a page (or anchor) for each provision; if not, provisions link to the instrument."""
    note: str | None = None


class LocalizedName(Model):
    """A name in a given language."""

    lang: LanguageTag
    text: NonEmptyStr


class Membership(Model):
    """A jurisdiction's membership of an organisation over an interval."""

    organisation: OrganisationId
    valid: Interval
    sources: tuple[Slug, ...] = Field(min_length=1)


class Coverage(Model):
    """What the file covers and how current it is."""

    since: date | None = None
    """The earliest date for which the rules were researched; earlier dates are outside coverage."""
    topics: dict[Topic, date] = {}
    """Per topic, the earliest date researched where it differs from ``since`` (a nationality law researched
    from 2014 need not hide a criminal offence researched from 2010)."""
    last_verified: date
    """When the whole file was last checked against its sources."""
    gaps: tuple[str, ...] = ()
    """What is known not to be modelled."""
    searched: tuple[str, ...] = ()
    """What was searched where nothing was found."""


# ---------------------------------------------------------------------------
# Instruments and provisions
# ---------------------------------------------------------------------------


class Fine(Model):
    """A fine: an amount in a currency, a number of day-fines, or unspecified/unlimited."""

    kind: FineKind = FineKind.AMOUNT
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    currency: CurrencyCode | None = None

    @model_validator(mode="after")
    def _coherent(self) -> "Fine":
        if self.kind is FineKind.AMOUNT and (self.min is not None or self.max is not None) and not self.currency:
            raise ValueError("an amount needs its ISO 4217 currency")
        if self.kind in (FineKind.UNSPECIFIED, FineKind.UNLIMITED) and (self.min or self.max):
            raise ValueError(f"a {self.kind.value} fine has no min or max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("fine min is above max")
        return self

    def __str__(self) -> str:
        if self.kind is FineKind.UNLIMITED:
            return "unlimited fine"
        if self.kind is FineKind.UNSPECIFIED:
            return "fine"
        unit = " day-fines" if self.kind is FineKind.DAY_FINES else f" {self.currency}"
        if self.min is not None and self.max is not None:
            return f"fine of {self.min:,}–{self.max:,}{unit}"
        if self.max is not None:
            return f"fine up to {self.max:,}{unit}"
        if self.min is not None:
            return f"fine from {self.min:,}{unit}"
        return "fine"


class Imprisonment(Model):
    """A prison range."""

    min: DurationField | None = None
    max: DurationField | None = None

    @model_validator(mode="after")
    def _coherent(self) -> "Imprisonment":
        if self.min is None and self.max is None:
            raise ValueError("give at least min or max")
        if self.min is not None and self.max is not None and self.min.months > self.max.months:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self

    def __str__(self) -> str:
        if self.min is not None and self.max is not None:
            return f"{self.min} to {self.max}"
        if self.max is not None:
            return f"up to {self.max}"
        return f"at least {self.min}"


class Penalty(Model):
    """One penalty range, with the circumstance it applies in."""

    label: Slug = "basic"
    when: str | None = None
    imprisonment: Imprisonment | None = None
    fine: Fine | None = None
    other: tuple[str, ...] = ()

    def __str__(self) -> str:
        parts = [f"imprisonment {self.imprisonment}"] if self.imprisonment else []
        if self.fine:
            parts.append(str(self.fine))
        parts.extend(self.other)
        return "; ".join(parts) or "penalty"


class ProvisionVersion(Model):
    """What a provision said over one interval, summarised in our own words."""

    valid: Interval
    summary: NonEmptyStr
    amended_by: str | None = None
    """Citation of the act that gave the provision this wording."""
    url: Url | None = None
    """The portal's point-in-time view of this version, where it offers one."""
    penalties: tuple[Penalty, ...] = ()
    """The penalty ranges this version's text sets; rules resting on it must state the same for its dates."""
    sources: tuple[Slug, ...] = Field(min_length=1)


class Provision(Model):
    """One section or article of an instrument."""

    id: Slug
    locator: NonEmptyStr
    """The locator as the official text writes it: ``s. 4``, ``§ 321``, ``art. 47``, ``Стаття 447``."""
    locator_en: str | None = None
    """The locator in English form (``art. 447``) where the original is in another script or language."""
    heading: str | None = None
    """The official heading in the original language."""
    heading_en: str | None = None
    url: Url | None = None
    """A direct link to the provision, where the portal has one."""
    versions: tuple[ProvisionVersion, ...] = Field(min_length=1)

    _uid: str = PrivateAttr(default="")
    _instrument: "Instrument | None" = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _versions_ordered(self) -> "Provision":
        for earlier, later in zip(self.versions, self.versions[1:], strict=False):
            if earlier.valid.overlaps(later.valid):
                raise ValueError(
                    f"versions {earlier.valid} and {later.valid} overlap: list versions in order, without overlap"
                )
            if earlier.valid.start and later.valid.start and later.valid.start < earlier.valid.start:
                raise ValueError("versions must be listed from the oldest to the newest")
        return self

    @property
    def uid(self) -> str:
        """The global, stable id: ``<jurisdiction>:<instrument>:<provision>`` in lower case."""
        return _private_str(self, "_uid")

    @property
    def instrument(self) -> "Instrument":
        """The instrument this provision belongs to."""
        instrument: Instrument | None = self.__pydantic_private__["_instrument"]  # type: ignore[index]  # see _private_str
        if instrument is None:
            raise LookupError(f"provision {self.id!r} is not attached to an instrument")
        return instrument

    @property
    def valid(self) -> Interval:
        """The interval from the first version's start to the last version's end."""
        return Interval(start=self.versions[0].valid.start, end=self.versions[-1].valid.end)

    def version_on(self, day: date) -> ProvisionVersion | None:
        """The version in force on ``day``, or ``None`` when none was."""
        for version in reversed(self.versions):
            if version.valid.contains(day):
                return version
        return None

    @property
    def current(self) -> ProvisionVersion:
        """The latest version."""
        return self.versions[-1]


class Identifiers(Model):
    """Official machine identifiers of an instrument, beside its human citation."""

    eli: str | None = None
    """European Legislation Identifier, as published by the official portal."""
    national: str | None = None
    """The portal's own identifier (e.g. a legislation.gov.uk id or a Collection number)."""


class Instrument(Model):
    """An act, code, decree, treaty or judgment."""

    id: Slug
    kind: InstrumentKind
    title: NonEmptyStr
    """The exact official title, in the original language and script."""
    title_lang: LanguageTag
    title_en: NonEmptyStr
    title_en_official: bool = False
    """Whether the English title is itself official; otherwise it is our translation."""
    short_title: str | None = None
    """The official short title used in citations, where the instrument has one."""
    citation: NonEmptyStr
    """The standard citation: ``33 & 34 Vict. c. 90``, ``Act No. 40/2009 Coll.``."""
    citation_local: str | None = None
    """The customary citation in the original language: ``zákon č. 40/2009 Sb.``."""
    citation_local_template: str | None = Field(default=None, pattern=r"\{locator\}")
    """How the original language cites one provision, with ``{locator}``: ``{locator} zákona č. 40/2009 Sb.``."""
    abbreviation: str | None = None
    """The abbreviation practitioners of the state cite it by, in the original script (``StGB``, ``k.k.``,
    ``УК РФ``): the local form and the Bluebook's bracketed abbreviation (rule 20.2.2) use it."""
    title_romanised: str | None = None
    """The title in Latin script (ALA-LC romanisation, Bluebook rule 20.2.4) where the original uses another
    script; without it the Bluebook form romanises Cyrillic mechanically and otherwise gives the English title."""
    # The default is built without validation: Identifiers() would build every validator at import.
    identifiers: Identifiers = Identifiers.model_construct()
    adopted: date | None = None
    """Adoption, enactment, assent or signature."""
    valid: Interval
    url: Url
    """The official text, on one of the jurisdiction's ``portals`` (an ELI where one exists)."""
    url_note: str | None = None
    """Why ``url`` is not on an official portal, where none could be linked (no online text, not found)."""
    sources: tuple[Slug, ...] = Field(min_length=1)
    provisions: tuple[Provision, ...] = ()

    _uid: str = PrivateAttr(default="")

    @property
    def uid(self) -> str:
        """The global id ``<jurisdiction>:<instrument>``."""
        return _private_str(self, "_uid")

    def provision(self, provision_id: str) -> Provision:
        """The provision with the local id ``provision_id``."""
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        raise KeyError(provision_id)


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------


class Clause(Model):
    """One machine-checkable test of a rule's condition or exemptions, with its words."""

    test: ClauseTest = ClauseTest.IN_WORDS
    text: str | None = None
    """The clause in our words (required for ``in_words``; shown to readers for every exemption)."""
    organisations: tuple[OrganisationId, ...] = ()
    """For ``serving_state_in``, ``shared_alliance`` and ``general_consent``."""
    states: tuple[JurisdictionCode, ...] = ()
    """For ``serving_state_in`` and ``general_consent``."""
    roles: tuple[ServiceRole, ...] = ()
    """For ``role``."""
    areas: tuple[NonEmptyStr, ...] = ()
    """For ``designated_area``: the areas designated, in words."""
    negate: bool = False
    """The clause holds when the test does *not* (``serving_state_in`` negated: the serving state is not listed)."""

    @model_validator(mode="after")
    def _parameters_given(self) -> "Clause":
        test = self.test
        if test is ClauseTest.SHARED_ALLIANCE and not self.organisations:
            raise ValueError("test shared_alliance needs the alliances in organisations, e.g. [NATO]")
        if test in (ClauseTest.SERVING_STATE_IN, ClauseTest.GENERAL_CONSENT) and not (
            self.organisations or self.states
        ):
            raise ValueError(f"test {test.value} needs states or organisations")
        if test is ClauseTest.ROLE and not self.roles:
            raise ValueError("test role needs roles, e.g. [officer]")
        if test is ClauseTest.IN_WORDS and not self.text:
            raise ValueError("a clause stated in words needs its text")
        return self


class Condition(Model):
    """The condition under which a rule's regime applies: every test in ``all_of`` must hold.

    With no tests the condition is stated only in words and the check does not evaluate it.
    """

    text: NonEmptyStr
    all_of: tuple[Clause, ...] = ()


class Application(Model):
    """How to ask for an authorization: the next step for a volunteer."""

    office: NonEmptyStr
    """Where the application goes (which may differ from the office that decides)."""
    url: Url | None = None
    """The official page explaining the procedure or taking the application."""
    address: str | None = None
    documents: tuple[NonEmptyStr, ...] = ()
    """What to send, in our words."""
    lead_time: str | None = None
    """How long a decision takes, where an official source states it."""
    sources: tuple[Slug, ...] = Field(min_length=1)


class Authorization(Model):
    """Who may authorize the conduct, and how it is asked for."""

    authority: AuthorityKind
    office: NonEmptyStr
    """The office as the law names it, in English."""
    procedure: str | None = None
    application: Application | None = None


class NationalityEffect(Model):
    """The consequence of the conduct for the person's nationality."""

    effect: NationalityEffectKind
    conditions: str | None = None
    dual_nationals_only: bool = False


class Amount(Model):
    """A sum of money, e.g. a monthly pay band."""

    value: int = Field(ge=0)
    currency: CurrencyCode
    per: str | None = None


class Term(Model):
    """A labelled detail of a rule (contract length, pay, screening)."""

    label: NonEmptyStr
    text: NonEmptyStr
    amount: Amount | None = None


class Disagreement(Model):
    """Where sources disagree: what each says, which is followed and why."""

    text: NonEmptyStr
    sources: tuple[Slug, ...] = Field(min_length=2)
    followed: Slug
    reason: NonEmptyStr


class Rule(Model):
    """A comparable, machine-readable statement of the law on one topic."""

    id: Slug
    topic: Topic
    binds: tuple[Person, ...] = Field(min_length=1)
    regime: Regime
    summary: NonEmptyStr
    condition: Condition | None = None
    authorization: Authorization | None = None
    """Who can permit the conduct: a consent, or a licence lifting a prohibition."""
    exemptions: tuple[Clause, ...] = ()
    """Situations the rule does not reach; each has its words and, where possible, a test."""
    penalties: tuple[Penalty, ...] = ()
    nationality: NationalityEffect | None = None
    terms: tuple[Term, ...] = ()
    valid: Interval
    rests_on: tuple[ProvisionKey, ...] = Field(min_length=1)
    sources: tuple[Slug, ...] = Field(min_length=1)
    confidence: Confidence
    verified_on: date
    globalcit_mode: GlobalcitMode | None = None
    disagreements: tuple[Disagreement, ...] = ()
    notes: str | None = None

    _uid: str = PrivateAttr(default="")
    _jurisdiction: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _regime_needs(self) -> "Rule":
        if self.regime is Regime.AUTHORIZATION_REQUIRED and self.authorization is None:
            raise ValueError("regime authorization_required needs an authorization (authority and office)")
        if self.regime is Regime.CONDITIONALLY_PROHIBITED and self.condition is None:
            raise ValueError("regime conditionally_prohibited needs a condition")
        return self

    @property
    def uid(self) -> str:
        """The global id ``<jurisdiction>:<rule>``."""
        return _private_str(self, "_uid")

    @property
    def jurisdiction_code(self) -> str:
        """The code of the jurisdiction whose law this rule states."""
        return self._jurisdiction

    @property
    def direction(self) -> Direction:
        """Inbound for rules on foreigners joining this state's forces, outbound otherwise."""
        return Direction.INBOUND if self.topic is Topic.INBOUND_SERVICE else Direction.OUTBOUND

    @property
    def max_imprisonment(self) -> Duration | None:
        """The longest prison term over all penalty ranges."""
        terms = [p.imprisonment.max for p in self.penalties if p.imprisonment and p.imprisonment.max]
        return max(terms, key=lambda d: d.months) if terms else None

    def status_on(self, day: date) -> TimeStatus:
        """Whether the rule was in force on ``day``."""
        return self.valid.status_on(day)


class Advice(Model):
    """An official page a volunteer should read before going: travel advice, service information."""

    source: Slug
    """The page, recorded among the file's sources."""
    about: NonEmptyStr
    """What it tells a volunteer, in our words."""


class Event(Model):
    """A dated fact about practice: a licence, a statement, statistics, a prosecution, an amendment."""

    id: Slug
    date: date
    kind: EventKind
    title: NonEmptyStr
    summary: NonEmptyStr
    rules: tuple[Slug, ...] = ()
    sources: tuple[Slug, ...] = Field(min_length=1)

    _uid: str = PrivateAttr(default="")

    @property
    def uid(self) -> str:
        """The global id ``<jurisdiction>:<event>``."""
        return _private_str(self, "_uid")


# ---------------------------------------------------------------------------
# Jurisdictions and the dataset
# ---------------------------------------------------------------------------


class Jurisdiction(Model):
    """A state (or international law) with its sources, instruments, rules and events."""

    code: JurisdictionCode
    name: NonEmptyStr
    """The English short name."""
    names: tuple[LocalizedName, ...] = Field(min_length=1)
    """Official names, original language first."""
    coverage: Coverage
    portals: tuple[Portal, ...] = ()
    """The official portals that instrument and provision links point to."""
    memberships: tuple[Membership, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)
    instruments: tuple[Instrument, ...] = Field(min_length=1)
    rules: tuple[Rule, ...] = Field(min_length=1)
    events: tuple[Event, ...] = ()
    advice: tuple[Advice, ...] = ()
    """Official pages a volunteer should read (travel advice, service information)."""

    def model_post_init(self, context: Any, /) -> None:
        """Give every nested object its global id and a link to its parent."""
        prefix = self.code.lower()
        for instrument in self.instruments:
            instrument._uid = f"{prefix}:{instrument.id}"
            for provision in instrument.provisions:
                provision._uid = f"{instrument._uid}:{provision.id}"
                provision._instrument = instrument
        for rule in self.rules:
            rule._uid = f"{prefix}:{rule.id}"
            rule._jurisdiction = self.code
        for event in self.events:
            event._uid = f"{prefix}:{event.id}"

    @property
    def is_international(self) -> bool:
        """True for the international-law pseudo-jurisdiction."""
        return self.code == INTERNATIONAL

    def source(self, source_id: str) -> Source:
        """The source with the local id ``source_id``."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise _unknown("source", source_id, [x.id for x in self.sources])

    def instrument(self, instrument_id: str) -> Instrument:
        """The instrument with the local id ``instrument_id``."""
        for instrument in self.instruments:
            if instrument.id == instrument_id:
                return instrument
        raise _unknown("instrument", instrument_id, [x.id for x in self.instruments])

    def provision(self, key: str) -> Provision:
        """The provision for a local reference ``<instrument>:<provision>``."""
        instrument_id, _, provision_id = key.partition(":")
        return self.instrument(instrument_id).provision(provision_id)

    def rule(self, rule_id: str) -> Rule:
        """The rule with the local id ``rule_id``."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise _unknown("rule", rule_id, [x.id for x in self.rules])

    def provisions_of(self, rule: Rule) -> tuple[Provision, ...]:
        """The provisions a rule rests on."""
        return tuple(self.provision(key) for key in rule.rests_on)

    def sources_of(self, ids: tuple[str, ...]) -> tuple[Source, ...]:
        """The sources for a tuple of local source ids."""
        return tuple(self.source(i) for i in ids)

    def member_of(self, organisation: str, day: date) -> bool:
        """Whether the jurisdiction was a member of ``organisation`` on ``day``, per its recorded memberships."""
        return any(m.organisation == organisation and m.valid.contains(day) for m in self.memberships)

    def researched_from(self, topic: Topic | None = None) -> date | None:
        """The earliest date researched, for ``topic`` when given (per-topic coverage, else ``since``)."""
        if topic is not None and topic in self.coverage.topics:
            return self.coverage.topics[topic]
        if topic is None and self.coverage.topics:
            return min([*self.coverage.topics.values(), *([self.coverage.since] if self.coverage.since else [])])
        return self.coverage.since

    def time_status(self, day: date, topic: Topic | None = None) -> TimeStatus:
        """``outside_coverage`` for dates before the researched period (of ``topic``), else ``in_force``."""
        since = self.researched_from(topic)
        if since is not None and day < since:
            return TimeStatus.OUTSIDE_COVERAGE
        return TimeStatus.IN_FORCE

    def __str__(self) -> str:
        return (
            f"{self.name} ({self.code}): {len(self.rules)} rules, {len(self.instruments)} instruments, "
            f"last verified {self.coverage.last_verified}"
        )


def _unknown(kind: str, name: object, known: list[str]) -> Exception:
    """An :class:`~legal_ref.errors.UnknownNameError` (a ``KeyError``) with close matches, or a ``TypeError``."""
    from legal_ref.errors import UnknownNameError

    if not isinstance(name, str):
        return TypeError(f"a {kind} id is a str, not {type(name).__name__}")
    return UnknownNameError(f"{kind} id", name, known)


class ConflictKind(StrEnum):
    """The classification of an armed conflict under international humanitarian law."""

    INTERNATIONAL = "international"
    NON_INTERNATIONAL = "non_international"


class Conflict(Model):
    """An armed conflict between states, as a dated external source classifies it."""

    id: Slug
    name: NonEmptyStr
    kind: ConflictKind
    parties: tuple[JurisdictionCode, ...] = Field(min_length=2)
    """The states party to the conflict."""
    valid: Interval
    note: str | None = None
    sources: tuple[Source, ...] = Field(min_length=1)

    def involves(self, a: str, b: str | None = None) -> bool:
        """Whether ``a`` (and ``b``, when given, on the other side) are parties."""
        return a in self.parties and (b is None or (b in self.parties and b != a))


class ConflictRegistry(Model):
    """The contents of ``data/conflicts.yaml``."""

    conflicts: tuple[Conflict, ...] = ()


class StateList(Model):
    """A sourced list of states, such as the Member States of the United Nations."""

    sources: tuple[Source, ...] = Field(min_length=1)
    members: tuple[JurisdictionCode, ...] = Field(min_length=1)


class Dataset(Model):
    """Everything legal_ref knows: organisations, armed conflicts and jurisdictions, in a stable order."""

    organisations: tuple[Organisation, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    un_members: StateList | None = None
    """The states every coverage view lists, researched or not."""
    jurisdictions: tuple[Jurisdiction, ...] = ()

    def conflicts_on(self, day: date, party: str) -> tuple[Conflict, ...]:
        """The recorded armed conflicts ``party`` was a party to on ``day``."""
        return tuple(c for c in self.conflicts if c.involves(party) and c.valid.contains(day))
