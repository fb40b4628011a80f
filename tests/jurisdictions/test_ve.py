"""Venezuela: no loss of nationality by birth (Constitution art. 35); recruitment against a friendly nation (CP
art. 153).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from legal_ref.periods import TimeStatus
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestVenezuela(JurisdictionCase):
    code = "VE"

    def test_nationality_by_birth_cannot_be_withdrawn(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        # Only naturalised Venezuelans, by court judgment: a condition in words.
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "by birth: never" in (rule.nationality.conditions or "")
        assert rule.rests_on == ("constitution:art35", "nationality-act:art48")
        assert self.provision("constitution:art35").locator == "Artículo 35"
        # Art. 35 and art. 48 were read only as quoted in commentary.
        assert rule.confidence is Confidence.SECONDARY and rule.confidence not in TEXT_READ
        # No dated source shows this text before it was read: in force from then, unknown before.
        self.assert_in_force("nationality-loss", date(2026, 12, 4))
        assert self.rule("nationality-loss").status_on(date(2024, 1, 1)) is TimeStatus.UNKNOWN

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()

    def test_recruitment_against_friendly_nation(self) -> None:
        rule = self.rule("recruitment")
        assert rule.topic is Topic.RECRUITMENT
        assert rule.rests_on == ("penal-code:art153", "penal-code:art154")
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is not None and penalty.imprisonment.min.months == 36
        assert penalty.imprisonment.max is not None and penalty.imprisonment.max.months == 72
        assert rule.confidence is Confidence.REPRODUCTION

    def test_no_portal_every_link_noted(self) -> None:
        assert self.j.portals == ()
        assert all(i.url_note for i in self.j.instruments)

    def test_enemy_forces_unverified(self) -> None:
        rule = self.rule("enemy-forces")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.rests_on == ("cojm:art464",)
        # One unattributed quotation: the code is not confirmed.
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()
