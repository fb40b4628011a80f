"""Luxembourg: no general ban on foreign service; serving against Luxembourg is an offence (Criminal Code art. 113)."""

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestLuxembourg(JurisdictionCase):
    code = "LU"

    def test_only_service_against_luxembourg_is_banned(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("penal-code:art113",)
        assert rule.confidence is Confidence.SECONDARY

    def test_no_nationality_loss_ground(self) -> None:
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW

    def test_unresearched_topics_are_recorded_as_searched(self) -> None:
        assert self.j.coverage.searched
