"""Denmark: designated conflict areas (Straffeloven § 114 j), forces fighting Denmark (§ 101 a), nationality."""

from datetime import date

from legal_ref.models import AuthorityKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestDenmark(JurisdictionCase):
    code = "DK"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        assert self.rule("foreign-service").regime is Regime.NO_SPECIFIC_LAW

    def test_designated_area_offence_from_2016(self) -> None:
        # Corrected in the second research pass: the 8-year maximum dates from the 2020 reform
        # (bill L 130 B, adopted 11 June 2020); from 1 July 2016 the maximum was 6 years.
        old = self.rule("conflict-area-entry-2016")
        assert old.valid.start == date(2016, 7, 1)
        assert str(old.max_imprisonment) == "6 years"
        rule = self.rule("conflict-area-entry")
        assert rule.valid.confirmed_from == date(2020, 6, 22)
        assert rule.condition is not None and condition_tests(rule) == ("designated_area",)
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.MINISTER
        assert str(rule.max_imprisonment) == "8 years"
        assert rule.confidence in TEXT_READ
        assert self.provision("criminal-code:s114j").locator == "§ 114 j"

    def test_conflict_area_penalty_both_sides_of_2020(self) -> None:
        self.assert_in_force("conflict-area-entry-2016", date(2019, 1, 1))
        self.assert_not_in_force("conflict-area-entry", date(2019, 1, 1))
        self.assert_not_in_force("conflict-area-entry-2016", date(2020, 6, 22))
        self.assert_in_force("conflict-area-entry", date(2020, 6, 22))
        versions = self.provision("criminal-code:s114j").versions
        assert [str(v.penalties[0].imprisonment.max) for v in versions if v.penalties[0].imprisonment] == [
            "6 years",
            "8 years",
        ]

    def test_conflict_area_application_and_areas(self) -> None:
        rule = self.rule("conflict-area-entry")
        assert rule.authorization is not None and rule.authorization.application is not None
        assert rule.authorization.application.url is not None
        assert "politi.dk" in rule.authorization.application.url
        areas = rule.condition.all_of[0].areas if rule.condition else ()
        assert any("Idlib" in a for a in areas) and any("Dayr Az Zawr" in a for a in areas)

    def test_placeholder_dates_replaced(self) -> None:
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 2, 27)
        assert self.rule("enemy-forces").valid.confirmed_from == date(2020, 1, 13)
        assert self.rule("nationality-deprivation-foreign-fighters").valid.confirmed_from == date(2021, 5, 4)

    def test_retsinformation_portal_and_advice(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.retsinformation.dk"]
        assert all(p.url is None for i in self.j.instruments for p in i.provisions)  # elov.dk link removed
        assert self.j.advice and self.j.source(self.j.advice[0].source).official

    def test_forces_fighting_denmark(self) -> None:
        rule = self.rule("enemy-forces")
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert str(rule.max_imprisonment) == "life"

    def test_frederiksen_statement(self) -> None:
        assert any(e.date == date(2022, 2, 27) for e in self.j.events)
