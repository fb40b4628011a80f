"""Kosovo (user-assigned code XK): Law No. 05/L-002 on prohibition of joining armed conflicts abroad (2015)."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestKosovo(JurisdictionCase):
    code = "XK"

    def test_law_05_l_002(self) -> None:
        law = self.j.instrument("foreign-conflicts-law")
        assert law.citation.startswith("Law No. 05/L-002")
        assert law.adopted == date(2015, 1, 23)
        assert self.provision("foreign-conflicts-law:art2").locator == "Neni 2"
        assert self.provision("foreign-conflicts-law:art2").heading == "Fushëveprimi"

    def test_service_prohibited_unless_exempt(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert len(rule.exemptions) == 3
        assert "foreign-conflicts-law:art2" in rule.rests_on
        assert rule.confidence is Confidence.SECONDARY

    def test_participation_minimum_only(self) -> None:
        (penalty,) = self.rule("foreign-service").penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 years" and penalty.imprisonment.max is None
        assert len(self.rule("foreign-service").disagreements) == 2

    def test_recruitment_and_financing(self) -> None:
        penalties = {p.label: p.imprisonment for p in self.rule("recruitment").penalties}
        organising, financing = penalties["organising"], penalties["financing"]
        assert organising is not None and str(organising.min) == "5 years" and str(organising.max) == "15 years"
        assert financing is not None and str(financing.min) == "3 years" and str(financing.max) == "15 years"

    def test_nationality_unclear(self) -> None:
        assert self.rule("nationality-loss").regime is Regime.UNCLEAR
        assert self.rule("nationality-loss").confidence is Confidence.UNVERIFIED

    def test_no_memberships(self) -> None:
        assert not self.j.member_of("COE", date(2025, 1, 1))
        assert not self.j.member_of("NATO", date(2025, 1, 1))

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["assembly-adoption-2015"].date == date(2015, 1, 23)
        assert events["government-bill-2014"].date == date(2014, 12, 19)

    def test_dual_national_exemption_encoded_from_official_text(self) -> None:
        # Second research pass: Art. 2(2), read in the Official Gazette, exempts dual nationals in their other
        # state's army: encoded as also_national. The wider 'internationally recognised governments' clause is
        # ambiguous and stays in words.
        rule = self.rule("foreign-service")
        tests = [c.test.value for c in rule.exemptions]
        assert tests.count("also_national") == 1
        assert "in_words" in tests
        assert rule.valid.confirmed_from == date(2022, 12, 31)
        assert [p.host for p in self.j.portals] == ["gzk.rks-gov.net"]
