"""Ecuador: nationality not lost for foreign service (Constitution art. 6); joining the enemy is treason (COIP art.
353).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from legal_ref.periods import TimeStatus
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestEcuador(JurisdictionCase):
    code = "EC"

    def test_nationality_not_lost(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert "express renunciation" in (rule.nationality.conditions or "")
        assert rule.rests_on == ("constitution:art6",)
        # Read only in news and commentary.
        assert rule.confidence is Confidence.SECONDARY and rule.confidence not in TEXT_READ
        # No dated source shows this text before it was read: in force from then, unknown before.
        self.assert_in_force("nationality-loss", date(2026, 12, 4))
        assert self.rule("nationality-loss").status_on(date(2024, 1, 1)) is TimeStatus.UNKNOWN

    def test_treason_for_joining_the_enemy(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("coip:art353",)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is not None and penalty.imprisonment.min.months == 84
        assert penalty.imprisonment.max is not None and penalty.imprisonment.max.months == 120
        assert rule.confidence is Confidence.SECONDARY

    def test_coip_citation(self) -> None:
        coip = self.j.instrument("coip")
        assert "Suplemento No. 180" in coip.citation
        assert coip.adopted == date(2014, 1, 28)

    def test_russia_advice_event_dated_by_interview(self) -> None:
        (event,) = self.j.events
        assert event.date == date(2022, 10, 3)

    def test_portal_declared_links_noted(self) -> None:
        assert {p.host for p in self.j.portals} == {"www.registroficial.gob.ec"}
        assert all(i.url_note for i in self.j.instruments)
