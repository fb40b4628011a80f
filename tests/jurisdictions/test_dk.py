"""Denmark: designated conflict areas (Straffeloven § 114 j), forces fighting Denmark (§ 101 a), nationality."""

from datetime import date

from legal_ref.models import AuthorityKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestDenmark(JurisdictionCase):
    code = "DK"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        assert self.rule("foreign-service").regime is Regime.NO_SPECIFIC_LAW

    def test_designated_area_offence_from_2016(self) -> None:
        rule = self.rule("conflict-area-entry")
        assert rule.valid.start == date(2016, 7, 1)
        assert rule.condition is not None and condition_tests(rule) == ("designated_area",)
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.MINISTER
        assert str(rule.max_imprisonment) == "8 years"
        assert rule.confidence in TEXT_READ
        assert self.provision("criminal-code:s114j").locator == "§ 114 j"

    def test_forces_fighting_denmark(self) -> None:
        rule = self.rule("enemy-forces")
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert str(rule.max_imprisonment) == "life"

    def test_frederiksen_statement(self) -> None:
        assert any(e.date == date(2022, 2, 27) for e in self.j.events)
