"""Belgium: the Law of 1 August 1979 on service in a foreign army, terrorist travel, nationality."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestBelgium(JurisdictionCase):
    code = "BE"

    def test_service_abroad_banned_only_by_royal_decree(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.rests_on == ("law-1979:art2",)
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "3 months" and str(penalty.max) == "2 years"
        assert rule.confidence is Confidence.SECONDARY

    def test_recruitment_and_terrorist_travel(self) -> None:
        assert self.rule("recruitment").regime is Regime.PROHIBITED
        travel = self.rule("terrorist-travel")
        assert str(travel.max_imprisonment) == "10 years"
        assert self.provision("criminal-code:art140sexies").locator == "art. 140sexies"

    def test_no_nationality_loss_ground_for_foreign_service(self) -> None:
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW

    def test_vendome_statement(self) -> None:
        event = next(e for e in self.j.events if e.id == "vendome-statement-2022")
        assert event.date == date(2022, 3, 28)
