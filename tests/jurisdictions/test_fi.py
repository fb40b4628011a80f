"""Finland: no offence of serving abroad; treason for joining the enemy; deprivation of nationality after crimes."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestFinland(JurisdictionCase):
    code = "FI"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY

    def test_joining_the_enemy_is_treason(self) -> None:
        rule = self.rule("enemy-forces")
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert str(rule.max_imprisonment) == "life"

    def test_deprivation_threshold_changed_in_december_2025(self) -> None:
        assert self.rule("nationality-deprivation-crimes").valid.end == date(2025, 12, 17)
        assert self.rule("nationality-deprivation-crimes").confidence in TEXT_READ
        assert self.rule("nationality-deprivation-crimes-2025").confidence is Confidence.SECONDARY

    def test_nato_from_4_april_2023(self) -> None:
        assert not self.j.member_of("NATO", date(2023, 4, 3))
        assert self.j.member_of("NATO", date(2023, 4, 4))
