"""Lebanon: Penal Code arts. 273 (enlisting in an enemy army) and 288 (acts not approved by the government)."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestLebanon(JurisdictionCase):
    code = "LB"

    def test_penal_code_provisions(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.citation == "Penal Code (Legislative Decree No. 340 of 1943)"
        assert code.url_note  # the Official Gazette text was not reached
        assert self.provision("penal-code:art273").locator == "المادة 273"
        assert self.provision("penal-code:art288").locator == "المادة 288"

    def test_enemy_army_only_under_art273(self) -> None:
        rule = self.rule("foreign-service-enemy-army")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert [p.label for p in rule.penalties] == ["enlisted", "arms"]
        # The terms of temporary hard labour were not read: no imprisonment range is recorded.
        assert all(p.imprisonment is None for p in rule.penalties)
        assert rule.confidence is Confidence.REPRODUCTION

    def test_art288_condition_in_words(self) -> None:
        rule = self.rule("foreign-service-hostile-acts")
        assert condition_tests(rule) == ("in_words",)
        assert rule.authorization is None

    def test_nationality_loss_unclear(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.nationality is None
        assert any("Decision No. 15" in s for s in self.j.coverage.searched)

    def test_dated_from_a_confirmed_date_only(self) -> None:
        self.assert_in_force("foreign-service-enemy-army", date(2021, 12, 9))
        self.assert_not_in_force("foreign-service-enemy-army", date(2021, 12, 8))

    def test_local_citation(self) -> None:
        assert self.lib.cite("lb:penal-code:art273", "local") == "المادة 273 من قانون العقوبات"
