"""Canada: the Foreign Enlistment Act (R.S.C., 1985, c. F-28) and the repealed 2015 revocation ground."""

from datetime import date

from legal_ref.models import Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestCanada(JurisdictionCase):
    code = "CA"

    def test_foreign_enlistment_act(self) -> None:
        act = self.j.instrument("foreign-enlistment-act")
        assert act.citation == "R.S.C., 1985, c. F-28"
        assert self.lib.cite("ca:foreign-enlistment-act:s3") == "Foreign Enlistment Act (R.S.C., 1985, c. F-28), s 3"

    def test_enlisting_with_a_state_at_war_with_a_friendly_state(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_friendly_state",)
        assert rule.confidence in TEXT_READ

    def test_penalties_section_14(self) -> None:
        penalties = {p.label: p for p in self.rule("recruitment").penalties}
        summary, indictment = penalties["summary"], penalties["indictment"]
        assert summary.fine is not None and summary.fine.max == 500 and summary.fine.currency == "CAD"
        assert indictment.fine is not None and indictment.fine.max == 2000
        assert str(indictment.imprisonment.max if indictment.imprisonment else None) == "2 years"

    def test_revocation_ground_existed_2015_to_2017(self) -> None:
        rule = self.rule("nationality-loss-2015")
        assert rule.valid.start == date(2015, 5, 28)
        assert rule.valid.end == date(2017, 6, 19)
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW
