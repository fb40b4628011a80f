"""Belarus: mercenarism (art. 133) and participation in a foreign armed conflict (art. 361-3, from 2016)."""

from datetime import date

from legal_ref.models import Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestBelarus(JurisdictionCase):
    code = "BY"

    def test_mercenarism(self) -> None:
        rule = self.rule("mercenary")
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "3 years" and str(penalty.max) == "7 years"
        assert self.provision("criminal-code:art133").locator_en == "art. 133"

    def test_foreign_conflict_offence_from_2016(self) -> None:
        rule = self.rule("foreign-conflict-2016")
        assert rule.valid.start == date(2016, 5, 3)
        assert str(rule.max_imprisonment) == "5 years"
        self.assert_not_in_force("foreign-conflict-2016", date(2016, 5, 2))

    def test_nothing_confirmed_from_official_text(self) -> None:
        assert all(r.confidence not in TEXT_READ for r in self.j.rules)
        assert self.rule("foreign-service").regime is Regime.UNCLEAR

    def test_csto(self) -> None:
        assert self.j.member_of("CSTO", date(2024, 1, 1))
