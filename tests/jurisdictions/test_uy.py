"""Uruguay: services to a state at war with Uruguay are a crime of lesa nación (Ley 14.068, Military Code art.
60(I) No. 2); nationality not lost (Constitution art. 81).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestUruguay(JurisdictionCase):
    code = "UY"

    def test_services_to_state_at_war_with_uruguay(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("ley-14068:art60-i-2",)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is not None and penalty.imprisonment.min.months == 120
        assert penalty.imprisonment.max is not None and penalty.imprisonment.max.months == 360
        # Text read on IMPO (original wording).
        assert rule.confidence is Confidence.OFFICIAL_PUBLICATION
        assert self.j.instrument("ley-14068").url == "https://impo.com.uy/bases/leyes-originales/14068-1972"
        # Continued force confirmed only from October 2002.
        self.assert_in_force("foreign-service", date(2002, 10, 22))
        self.assert_not_in_force("foreign-service", date(2002, 10, 21))

    def test_nationality_not_lost(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("constitution:art81",)
        assert rule.confidence is Confidence.SECONDARY and rule.confidence not in TEXT_READ
        self.assert_in_force("nationality-loss", date(2014, 7, 2))

    def test_portal(self) -> None:
        assert {p.host for p in self.j.portals} == {"impo.com.uy"}
        assert self.j.instrument("constitution").url_note
