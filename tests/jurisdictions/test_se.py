"""Sweden: unlawful recruitment (Brottsbalken 19 kap. 12 §) and no loss of citizenship for foreign service."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestSweden(JurisdictionCase):
    code = "SE"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        assert self.rule("foreign-service").regime is Regime.NO_SPECIFIC_LAW

    def test_recruiting_needs_the_governments_permission(self) -> None:
        rule = self.rule("recruitment")
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.GOVERNMENT
        assert self.provision("criminal-code:ch19-s12").locator == "19 kap. 12 §"
        assert str(rule.max_imprisonment) == "2 years"  # in wartime; 6 months otherwise
        assert rule.confidence is Confidence.SECONDARY

    def test_citizenship_act_has_no_military_ground(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence in TEXT_READ

    def test_nato_from_7_march_2024(self) -> None:
        assert self.j.member_of("NATO", date(2024, 3, 7))
        assert not self.j.member_of("NATO", date(2024, 3, 6))

    def test_winter_war_volunteers(self) -> None:
        assert any(e.date.year in (1939, 1940) for e in self.j.events)
