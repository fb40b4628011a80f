"""Czechia: Criminal Code § 321, the President's consent under § 34 of the Military Service Act, practice."""

from datetime import date

from legal_ref.models import AuthorityKind, ClauseTest, Confidence, EventKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestCzechia(JurisdictionCase):
    code = "CZ"

    def test_criminal_code(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.citation == "Act No. 40/2009 Coll."
        assert code.citation_local == "zákon č. 40/2009 Sb."
        assert code.adopted == date(2009, 1, 8)
        assert code.valid.start == date(2010, 1, 1)
        s321 = self.provision("criminal-code:s321")
        assert s321.locator == "§ 321"
        assert s321.heading == "Služba v cizích ozbrojených silách"

    def test_service_needs_the_presidents_consent(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.HEAD_OF_STATE
        assert rule.authorization.office == "President of the Republic"
        assert {"criminal-code:s321", "military-service-act:s34"} <= set(rule.rests_on)

    def test_alliance_exemption_is_nato(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.condition is None
        alliance = [e for e in rule.exemptions if e.test is ClauseTest.SHARED_ALLIANCE]
        assert [e.organisations for e in alliance] == [("NATO",)]

    def test_dual_nationals_exempt(self) -> None:
        tests = [e.test for e in self.rule("foreign-service").exemptions]
        assert ClauseTest.ALSO_NATIONAL in tests

    def test_both_penalty_ranges(self) -> None:
        penalties = {p.label: p for p in self.rule("foreign-service").penalties}
        basic, wartime = penalties["basic"].imprisonment, penalties["wartime"].imprisonment
        assert basic is not None and wartime is not None
        assert basic.min is None and str(basic.max) == "5 years"
        assert str(wartime.min) == "3 years" and str(wartime.max) == "10 years"

    def test_consent_rule_read_only_in_secondary_sources(self) -> None:
        # § 34 of Act No. 585/2004 Coll. was not read in an official consolidated text.
        assert self.rule("foreign-service").confidence is Confidence.SECONDARY
        assert self.j.instrument("military-service-act").citation == "Act No. 585/2004 Coll."

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.valid.start == date(2014, 1, 1)

    def test_consent_figures_under_president_pavel(self) -> None:
        event = next(e for e in self.j.events if e.id == "consent-statistics-2024")
        assert "181" in event.summary and "60" in event.summary
        assert event.date == date(2024, 11, 2)

    def test_abolition_route_and_countersignature(self) -> None:
        event = next(e for e in self.j.events if e.id == "abolition-guarantee-2022")
        assert "countersign" in event.summary.lower()

    def test_before_the_criminal_code_is_outside_coverage(self) -> None:
        assert self.j.coverage.since == date(2010, 1, 1)
        assert self.lib.rules(jurisdiction="CZ", as_of=date(2009, 12, 31)).outside_coverage == ("CZ",)

    # --- Second research pass (2026-12-04) ---

    def test_links_point_to_e_sbirka_not_a_private_copy(self) -> None:
        # zakonyprolidi.cz is a private reproduction: instrument links now go to e-Sbírka.
        assert [p.host for p in self.j.portals] == ["www.e-sbirka.cz"]
        assert self.j.instrument("criminal-code").url == "https://www.e-sbirka.cz/sb/2009/40"
        assert self.j.instrument("military-service-act").url == "https://www.e-sbirka.cz/sb/2004/585"
        assert self.provision("criminal-code:s321").url is None

    def test_consent_rule_dated_from_the_criminal_code(self) -> None:
        self.assert_in_force("foreign-service", date(2010, 1, 1))
        self.assert_not_in_force("foreign-service", date(2009, 12, 31))
        # § 34 dated from the Military Service Act's entry into force, not the placeholder.
        assert self.provision("military-service-act:s34").versions[0].valid.start == date(2005, 1, 1)

    def test_application_goes_to_the_ministry_of_defence(self) -> None:
        auth = self.rule("foreign-service").authorization
        assert auth is not None and auth.application is not None
        assert auth.application.office == "Ministry of Defence of the Czech Republic"
        assert "Tychonova 1" in (auth.application.address or "")
        assert any("birth number" in d for d in auth.application.documents)

    def test_ukraine_needs_consent_nato_does_not(self) -> None:
        ua = self.lib.assess(["CZ"], "UA", as_of=date(2024, 1, 1)).per_citizenship[0]
        assert ua.needs_authorization is True
        fr = self.lib.assess(["CZ"], "FR", as_of=date(2024, 1, 1)).per_citizenship[0]
        assert not fr.needs_authorization

    def test_abolition_is_a_remedy_dated_by_the_agreement(self) -> None:
        # Was a 'statement' on a placeholder 2022-03-01; the Fiala-Zeman agreement was on 3 March 2022.
        event = next(e for e in self.j.events if e.id == "abolition-guarantee-2022")
        assert event.kind is EventKind.REMEDY
        assert event.date == date(2022, 3, 3)
        assert event.rules == ("foreign-service",)

    def test_foreign_conflict_no_longer_on_a_placeholder_date(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.valid.start is None and rule.valid.confirmed_from == date(2021, 6, 1)

    def test_travel_advice_recorded(self) -> None:
        assert [a.source for a in self.j.advice] == ["mzv-lvov-travel-ukraine"]
        assert self.j.source("mzv-lvov-travel-ukraine").official

    def test_war_treason_neighbouring_section_320(self) -> None:
        rule = self.rule("war-treason")
        assert rule.rests_on == ("criminal-code:s320",)
        assert self.provision("criminal-code:s320").heading == "Válečná zrada"
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "10 years" and str(penalty.imprisonment.max) == "20 years"
        assert ClauseTest.AT_WAR_WITH_HOME_STATE in [c.test for c in rule.condition.all_of]  # type: ignore[union-attr]
        # No recorded war between Czechia and Ukraine: the offence does not reach service for Ukraine.
        assert self.lib.assess(["CZ"], "UA", as_of=date(2024, 1, 1)).per_citizenship[0].needs_authorization is True

    def test_nationality_before_2014_under_the_1993_act(self) -> None:
        rule = self.rule("nationality-loss-1993")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        self.assert_in_force("nationality-loss-1993", date(2012, 1, 1))
        self.assert_not_in_force("nationality-loss-1993", date(2014, 1, 1))
        self.assert_in_force("nationality-loss", date(2014, 1, 1))
