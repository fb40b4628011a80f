"""South Korea: the Passport Act travel ban on Ukraine (since 13 February 2022), Criminal Act art. 111, nationality."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestSouthKorea(JurisdictionCase):
    code = "KR"

    def test_ukraine_travel_ban(self) -> None:
        rule = self.rule("travel-ban-ukraine")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("designated_area",)
        assert rule.valid.start == date(2022, 2, 13)
        self.assert_not_in_force("travel-ban-ukraine", date(2022, 2, 12))
        self.assert_in_force("travel-ban-ukraine", date(2026, 11, 26))
        assert {"passport-act:art17", "passport-act:art26"} <= set(rule.rests_on)

    def test_passport_act_penalty(self) -> None:
        (penalty,) = self.rule("travel-ban-ukraine").penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "1 year"
        assert penalty.fine is not None and penalty.fine.max == 10_000_000 and penalty.fine.currency == "KRW"
        # only the Ministry's notices and the press were read, not the Act on law.go.kr
        assert self.rule("travel-ban-ukraine").confidence is Confidence.SECONDARY

    def test_private_war_article_111(self) -> None:
        assert self.provision("criminal-act:art111").locator_en == "art. 111"
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        penalties = {p.label: p for p in rule.penalties}
        assert str(penalties["private-war"].imprisonment.min) == "1 year"  # type: ignore[union-attr]
        assert penalties["preparation"].fine is not None and penalties["preparation"].fine.max == 5_000_000

    def test_no_loss_of_nationality_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE

    def test_lee_keun_judgment(self) -> None:
        event = next(e for e in self.j.events if e.id == "lee-keun-judgment-2023")
        assert event.date == date(2023, 8, 17)
        assert "1 year 6 months" in event.summary and "3 years" in event.summary

    # Second research pass (2026-12-04).

    def test_travel_ban_names_its_areas_and_the_permission(self) -> None:
        rule = self.rule("travel-ban-ukraine")
        (clause,) = rule.condition.all_of if rule.condition else ()
        assert clause.test.value == "designated_area" and any("Ukraine" in a for a in clause.areas)
        assert rule.authorization is not None and "Foreign Affairs" in rule.authorization.office

    def test_placeholder_dates_replaced(self) -> None:
        from datetime import date

        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 1, 1)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2024, 8, 15)
        assert [p.host for p in self.j.portals] == ["www.law.go.kr"]
