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

    def test_placeholder_dates_replaced_and_portals_declared(self) -> None:
        # Corrected 2026-12-04: confirmed_from was the verification day (2026-11-26).
        from datetime import date

        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 12, 31)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2020, 6, 25)
        assert self.provision("penal-code:art113").versions[0].valid.confirmed_from == date(1945, 5, 4)
        assert {p.host for p in self.j.portals} == {"legilux.public.lu", "data.legilux.public.lu"}
        assert self.j.instrument("penal-code").url_note  # the memorial.lu link is explained, not passed off as Legilux
