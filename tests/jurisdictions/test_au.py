"""Australia: Criminal Code Part 5.5 (incursions, declared areas, recruitment) and citizenship cessation since 2007."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestAustralia(JurisdictionCase):
    code = "AU"

    def test_joining_a_foreign_army_is_not_an_offence(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.PERMITTED
        assert rule.valid.start == date(2014, 12, 1)
        assert "criminal-code:s119-1" in rule.rests_on
        # only the Attorney-General's Department's summary supports it, not the official text of s. 119.1
        assert rule.confidence is Confidence.SECONDARY

    def test_incursion_offence_life_with_armed_forces_exception(self) -> None:
        rule = self.rule("incursion")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.condition is not None
        # The armed-forces exception is now a plain exemption (the law reads "X, except ..."), not a negated condition.
        assert condition_tests(rule) == ()
        assert [e.test.value for e in rule.exemptions] == ["regular_forces"]
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "life"
        assert self.provision("criminal-code:s119-1").locator == "s. 119.1"

    def test_declared_area_offence_read_in_official_text(self) -> None:
        rule = self.rule("declared-area")
        assert rule.confidence in TEXT_READ
        assert rule.condition is not None and condition_tests(rule) == ("designated_area",)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "10 years"
        assert any("armed forces of the government of a foreign country" in (e.text or "") for e in rule.exemptions)
        assert self.provision("criminal-code:s119-2").heading == "Entering, or remaining in, declared areas"
        # the sunset beyond 7 September 2024 was not confirmed, so no end date is recorded
        assert rule.valid.end is None

    def test_recruitment_needs_the_attorney_generals_permission(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.MINISTER
        assert rule.authorization.office == "Attorney-General"
        penalties = {p.label: p for p in rule.penalties}
        assert str(penalties["armed-force"].imprisonment.max) == "10 years"  # type: ignore[union-attr]
        assert str(penalties["hostile-organisation"].imprisonment.max) == "25 years"  # type: ignore[union-attr]

    def test_three_successive_citizenship_regimes(self) -> None:
        old, mid, new = (self.rule(r) for r in ("nationality-loss-2007", "nationality-loss-2020", "nationality-loss"))
        assert old.valid.start == date(2007, 7, 1)
        assert old.valid.end == mid.valid.start == date(2020, 9, 18)
        assert mid.valid.end == new.valid.start == date(2023, 12, 8)
        assert old.nationality is not None and old.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert old.condition is not None and condition_tests(old) == ("at_war_with_home_state",)
        assert old.globalcit_mode == "L03"
        for rule in (old, mid, new):
            assert set(rule.binds) == {Person.DUAL_NATIONALS}
        assert new.nationality is not None and new.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert new.confidence is Confidence.UNVERIFIED
        self.assert_in_force("nationality-loss-2020", date(2023, 12, 7))
        self.assert_not_in_force("nationality-loss-2020", date(2023, 12, 8))

    def test_section_36b_heading_and_high_court(self) -> None:
        s36b = self.provision("citizenship-act:s36b")
        assert s36b.heading == "Citizenship cessation determination for certain conduct"
        event = next(e for e in self.j.events if e.id == "alexander-hca-2022")
        assert event.date == date(2022, 6, 8)

    def test_declared_areas(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["declared-area-al-raqqa"].date == date(2014, 12, 4)
        assert events["declared-area-mosul"].date == date(2015, 3, 2)
        assert "19 December 2019" in events["declared-area-mosul"].summary

    # Second research pass (2026-12-04).

    def test_federal_register_portal(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.legislation.gov.au"]
        # The Citizenship Act linked to AustLII; it now links to the Federal Register.
        assert self.j.instrument("citizenship-act").url == "https://www.legislation.gov.au/C2007A00020/latest/text"

    def test_declared_area_exempts_service_in_a_foreign_governments_forces(self) -> None:
        rule = self.rule("declared-area")
        assert any(e.test.value == "regular_forces" for e in rule.exemptions)
        assert rule.valid.end is None  # passage of the 2024 extension Bill not confirmed
