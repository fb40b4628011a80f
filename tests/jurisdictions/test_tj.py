"""Tajikistan: participation in conflicts abroad unclear (reported exemption for Russian contract service); 2015 deprivation for terrorist fighters."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestTajikistan(JurisdictionCase):
    code = "TJ"

    def test_foreign_service_unclear_with_reported_exemption(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()
        # The reported exemption for Russian contract service has no legal basis read: words only, not a test.
        (exemption,) = rule.exemptions
        assert exemption.test.value == "in_words"

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
