"""Bolivia: no ground of loss of nationality (Constitution art. 143); joining the enemy in a foreign war is treason
(CP art. 109).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestBolivia(JurisdictionCase):
    code = "BO"

    def test_nationality_not_lost(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("constitution:art143",)
        # Art. 143 read only as quoted in a blog.
        assert rule.confidence is Confidence.SECONDARY and rule.confidence not in TEXT_READ
        # The 2009 Constitution, dated 7 February 2009.
        self.assert_in_force("nationality-loss", date(2009, 2, 7))
        self.assert_not_in_force("nationality-loss", date(2009, 2, 6))

    def test_treason_in_foreign_war(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("penal-code:art109",)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is not None and penalty.imprisonment.min.months == 360
        assert "indulto" in penalty.other[0]
        assert rule.confidence is Confidence.SECONDARY

    def test_no_portal_every_link_noted(self) -> None:
        assert self.j.portals == ()
        assert all(i.url_note for i in self.j.instruments)
