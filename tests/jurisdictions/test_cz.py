"""Czechia: Criminal Code § 321, the President's consent under § 34 of the Military Service Act, practice."""

from datetime import date

from legal_ref.models import AuthorityKind, ClauseTest, Confidence, NationalityEffectKind, Regime
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
