"""Tajikistan: participation in conflicts abroad (art. 401-1, reported exemptions); 2015 deprivation for terrorist
fighters.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestTajikistan(JurisdictionCase):
    code = "TJ"

    def test_participation_abroad_art_401_1(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("in_words",)
        assert rule.confidence is Confidence.SECONDARY
        # The penalty of art. 401-1 was not read.
        assert rule.penalties == ()
        assert rule.rests_on == ("criminal-code:conflict-abroad",)
        assert self.provision("criminal-code:conflict-abroad").locator_en == "art. 401-1"
        assert rule.valid.confirmed_from == date(2014, 11, 13)
        # Voluntary return, and the reported exemption for Russian contract service, are words only, not tests.
        assert len(rule.exemptions) == 2
        assert all(e.test.value == "in_words" for e in rule.exemptions)

    def test_mercenarism_article(self) -> None:
        assert self.provision("criminal-code:art401").locator_en == "art. 401"
        assert self.rule("mercenary").confidence is Confidence.UNVERIFIED
        assert self.j.instrument("criminal-code").adopted == date(1998, 5, 21)

    def test_deprivation_for_terrorist_fighters(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("role", "in_words")
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.valid.confirmed_from == date(2015, 8, 9)

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["prosecutor-no-cases-2025"].date == date(2025, 8, 8)

    def test_portal(self) -> None:
        assert "ncz.tj" in {p.host for p in self.j.portals}
