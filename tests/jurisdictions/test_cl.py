"""Chile: nationality withdrawable by supreme decree for services to enemies in a foreign war (Constitution art. 11
No. 2); bearing arms against Chile under enemy flags (Penal Code art. 107).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from legal_ref.periods import TimeStatus
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestChile(JurisdictionCase):
    code = "CL"

    def test_nationality_withdrawn_by_supreme_decree(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "supreme decree" in (rule.nationality.conditions or "")
        assert "allies" in (rule.nationality.conditions or "")
        # Enemies of Chile *or of its allies*: no machine test expresses it, kept in words.
        assert rule.condition is not None and condition_tests(rule) == ()
        assert rule.rests_on == ("constitution:art11",)
        assert self.provision("constitution:art11").locator == "Artículo 11"
        assert rule.confidence is Confidence.REPRODUCTION and rule.confidence in TEXT_READ
        # No dated source shows this text before it was read: in force from then, unknown before.
        self.assert_in_force("nationality-loss", date(2026, 12, 4))
        assert self.rule("nationality-loss").status_on(date(2024, 1, 1)) is TimeStatus.UNKNOWN

    def test_arms_against_chile_under_enemy_flags(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("penal-code:art107",)
        (penalty,) = rule.penalties
        assert "presidio perpetuo" in penalty.other[0]
        assert rule.confidence is Confidence.REPRODUCTION

    def test_portal_declared_links_noted(self) -> None:
        assert {p.host for p in self.j.portals} == {"www.bcn.cl"}
        assert all(i.url_note for i in self.j.instruments)
