"""Armenia: mercenarism under the 2003 Criminal Code (art. 395), and what could not be established."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestArmenia(JurisdictionCase):
    code = "AM"

    def test_2003_code(self) -> None:
        code = self.j.instrument("criminal-code-2003")
        assert code.adopted == date(2003, 4, 18)
        assert code.valid.start == date(2003, 8, 1)
        assert code.citation_local == "ՀՕ-528-Ն"
        assert self.provision("criminal-code-2003:art395").locator_en == "art. 395"

    def test_2021_code_in_force_from_1_july_2022(self) -> None:
        # Corrected 2026-12-04: the start was unconfirmed; the Council of Europe and the Ministry of Justice give
        # 1 July 2022, which also ends the 2003 Code.
        code = self.j.instrument("criminal-code-2021")
        assert code.adopted == date(2021, 5, 5)
        assert code.valid.start == date(2022, 7, 1)
        assert self.j.instrument("criminal-code-2003").valid.end == date(2022, 7, 1)

    def test_mercenary_participation_three_to_seven_years(self) -> None:
        rule = self.rule("mercenary")
        assert rule.regime is Regime.PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 years" and str(penalty.imprisonment.max) == "7 years"
        assert rule.confidence is Confidence.UNVERIFIED
        # Corrected 2026-12-04: the 2003 penalty ends with the 2003 Code; the 2021 Code's provision was not read.
        assert rule.valid.end == date(2022, 7, 1)
        self.assert_not_in_force("mercenary", date(2022, 7, 1))
        later = self.rule("mercenary-2022")
        assert later.valid.start == date(2022, 7, 1) and not later.penalties
        assert "criminal-code-2021:whole-code" in later.rests_on
        assert any(d.followed == "coe-am-codes-2022" for d in rule.disagreements)

    def test_foreign_service_and_nationality_are_unclear(self) -> None:
        for rule_id in ("foreign-service", "nationality-loss"):
            rule = self.rule(rule_id)
            assert rule.regime is Regime.UNCLEAR
            assert rule.confidence is Confidence.UNVERIFIED
        assert self.j.coverage.searched

    def test_citizenship_law(self) -> None:
        law = self.j.instrument("citizenship-law")
        assert law.adopted == date(1995, 11, 6)
        assert law.valid.start == date(1995, 11, 16)
        assert law.citation_local == "ՀՕ-16"

    def test_memberships(self) -> None:
        assert self.j.member_of("COE", date(2001, 1, 25))
        assert not self.j.member_of("COE", date(2001, 1, 24))
        assert self.j.member_of("CSTO", date(2000, 1, 1))

    def test_dual_citizenship_reform(self) -> None:
        event = next(e for e in self.j.events if e.id == "dual-citizenship-reform-2007")
        assert event.date == date(2007, 2, 27)
        assert "12 months" in event.summary

    def test_placeholder_dates_replaced(self) -> None:
        assert self.rule("foreign-service").valid.start == date(2022, 7, 1)
        assert self.rule("nationality-loss").valid.start == date(1995, 11, 16)
