"""Paraguay: natural nationality lost only by renunciation (Ley 7052/2023); arms against Paraguay under enemy flags
is treason (Military Penal Code art. 78(c)).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestParaguay(JurisdictionCase):
    code = "PY"

    def test_nationality_lost_only_by_renunciation(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert "Supreme Court" in (rule.nationality.conditions or "")
        assert rule.rests_on == ("ley-7052:whole-law",)
        assert self.j.instrument("ley-7052").adopted == date(2023, 1, 12)
        assert rule.confidence is Confidence.SECONDARY and rule.confidence not in TEXT_READ
        # Researched from the law's promulgation report; unknown before.
        self.assert_in_force("nationality-loss", date(2023, 1, 13))
        self.assert_not_in_force("nationality-loss", date(2023, 1, 12))

    def test_arms_under_enemy_flags(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("military-penal-code:art78",)
        # The penalty article was not read.
        assert rule.penalties == ()
        assert rule.confidence is Confidence.REPRODUCTION

    def test_promulgation_event(self) -> None:
        (event,) = self.j.events
        assert event.date == date(2023, 1, 12)

    def test_portal_declared_links_noted(self) -> None:
        assert {p.host for p in self.j.portals} == {"www.bacn.gov.py"}
        assert all(i.url_note for i in self.j.instruments)
