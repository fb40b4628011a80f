"""Latvia: Criminal Law s. 77.1 and the foreign-service ban, with the 1 March 2022 exemption for Ukraine."""

from datetime import date

from legal_ref.models import Regime
from tests.jurisdictions.base import JurisdictionCase


class TestLatvia(JurisdictionCase):
    code = "LV"

    def test_participation_in_a_foreign_armed_conflict(self) -> None:
        rule = self.rule("foreign-conflict")
        assert str(rule.max_imprisonment) == "10 years"
        assert self.provision("criminal-law:s77-1").locator == "77.1 pants"

    def test_ukraine_exemption_from_1_march_2022(self) -> None:
        before, after = self.rule("foreign-service"), self.rule("foreign-service-2022")
        assert before.valid.end == after.valid.start == date(2022, 3, 1)
        assert "Ukraine" in after.summary
        assert after.regime is Regime.CONDITIONALLY_PROHIBITED
        self.assert_in_force("foreign-service", date(2022, 2, 28))
        self.assert_in_force("foreign-service-2022", date(2022, 3, 1))

    def test_citizenship_withdrawal_follows_the_same_change(self) -> None:
        assert self.rule("nationality-loss").valid.end == date(2022, 3, 1)
        assert self.rule("nationality-loss-2022").valid.start == date(2022, 3, 1)

    def test_memberships(self) -> None:
        assert self.j.member_of("NATO", date(2004, 3, 29))
        assert self.j.member_of("EU", date(2004, 5, 1))
