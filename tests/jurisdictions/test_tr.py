"""Türkiye: deprivation of citizenship for unauthorised foreign military service (Law No. 5901, art. 29(1)(c))."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestTurkiye(JurisdictionCase):
    code = "TR"

    def test_names(self) -> None:
        assert self.j.name == "Türkiye"

    def test_citizenship_law(self) -> None:
        law = self.j.instrument("citizenship-law")
        assert law.citation == "Law No. 5901 of 29 May 2009"
        assert law.adopted == date(2009, 5, 29)
        assert law.valid.start == date(2009, 6, 12)
        art29 = self.provision("citizenship-law:art29")
        assert art29.locator == "Madde 29" and art29.locator_en == "art. 29"

    def test_unauthorised_foreign_military_service_may_cost_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.OTHER
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.nationality.dual_nationals_only is False
        assert "President" in (rule.nationality.conditions or "")
        assert {"citizenship-law:art29", "citizenship-law:art30", "constitution:art66"} <= set(rule.rests_on)
        assert rule.confidence is Confidence.SECONDARY
        assert rule.globalcit_mode == "L03"
        self.assert_in_force("nationality-loss", date(2009, 6, 12))
        self.assert_not_in_force("nationality-loss", date(2009, 6, 11))

    def test_deciding_authority_disagreement(self) -> None:
        (d,) = self.rule("nationality-loss").disagreements
        assert d.followed == "hukukdestegi-2024"

    def test_no_criminal_offence_of_foreign_service_found(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED

    def test_raising_soldiers_against_a_foreign_state(self) -> None:
        art306 = self.provision("penal-code:art306")
        assert art306.locator == "Madde 306"
        assert art306.heading == "Yabancı devlet aleyhine asker toplama"
        rule = self.rule("recruitment")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        ranges = {p.label: str(p.imprisonment) for p in rule.penalties}
        assert ranges == {
            "basic": "5 years to 12 years",
            "war": "life to life",
            "relations": "2 years to 8 years",
            "relations-broken": "3 years to 10 years",
        }
        assert rule.confidence in TEXT_READ
        assert rule.disagreements[0].followed == "palmiye-tck306"

    def test_nato_since_1952(self) -> None:
        assert self.j.member_of("NATO", date(1952, 2, 18))
        assert not self.j.member_of("NATO", date(1952, 2, 17))

    def test_military_service_law_2019(self) -> None:
        event = next(e for e in self.j.events if e.id == "military-service-law-2019")
        assert event.date == date(2019, 6, 26)
        assert "7179" in event.summary

    def test_service_for_a_state_at_war_with_turkiye_article_303(self) -> None:
        # Added 2026-12-04: the neighbouring art. 303 (collaborating with the enemy) was missing.
        rule = self.rule("enemy-service")
        assert self.provision("penal-code:art303").locator == "Madde 303"
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert str(rule.max_imprisonment) == "life"
        assert any(c.test.value == "compulsory_service" for c in rule.exemptions)
        assert rule.confidence in TEXT_READ

    def test_placeholder_dates_replaced(self) -> None:
        # Corrected 2026-12-04: art. 306 is confirmed from the dated 2013 reproduction, not the placeholder.
        assert self.rule("recruitment").valid.confirmed_from == date(2013, 7, 29)
        assert [p.host for p in self.j.portals] == ["www.mevzuat.gov.tr"]
