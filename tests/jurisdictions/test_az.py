"""Azerbaijan: mercenarism (art. 114), the 2025 Prosecutor General warning, loss of citizenship (art. 18, 2014)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestAzerbaijan(JurisdictionCase):
    code = "AZ"

    def test_criminal_code(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.adopted == date(1999, 12, 30)
        assert code.valid.start == date(2000, 9, 1)
        assert "787-IQ" in code.citation
        assert self.provision("criminal-code:art114").locator == "art. 114"

    def test_mercenary_ranges_old_and_stated(self) -> None:
        rule = self.rule("mercenary")
        penalties = {p.label: p.imprisonment for p in rule.penalties}
        original, stated = penalties["original"], penalties["stated-2025"]
        assert original is not None and stated is not None
        assert str(original.min) == "3 years" and str(original.max) == "8 years"
        assert str(stated.min) == "8 years" and str(stated.max) == "life"
        assert rule.disagreements and rule.disagreements[0].followed == "report-az-2025-12-29"

    def test_foreign_service_conditionally_prohibited(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert rule.confidence is Confidence.SECONDARY

    def test_unlawful_armed_formations(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.PROHIBITED
        assert "criminal-code:art283-1" in rule.rests_on
        assert self.provision("criminal-code:art283-1").locator == "art. 283-1"

    def test_loss_of_citizenship_since_2014(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.globalcit_mode == "L03"
        assert rule.valid.start == date(2014, 5, 30)
        self.assert_not_in_force("nationality-loss", date(2014, 5, 29))
        self.assert_in_force("nationality-loss", date(2014, 5, 30))
        assert self.provision("citizenship-law:art18").locator == "art. 18"

    def test_council_of_europe(self) -> None:
        assert self.j.member_of("COE", date(2001, 1, 25))
        assert not self.j.member_of("CSTO", date(2020, 1, 1))

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["prosecutor-warning-2025"].date == date(2025, 12, 29)
        assert events["foreign-fighters-for-armenia-2023"].date == date(2023, 10, 2)
        assert "17" in events["foreign-fighters-for-armenia-2023"].summary

    def test_placeholder_dates_replaced_and_official_portal(self) -> None:
        # Corrected 2026-12-04: placeholders (2026-11-26) replaced by the dates of the statements that support them.
        assert self.rule("foreign-service").valid.confirmed_from == date(2025, 12, 29)
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2025, 12, 29)
        assert self.provision("criminal-code:art283-1").versions[0].valid.confirmed_from == date(2022, 5, 20)
        code = self.j.instrument("criminal-code")
        assert code.url == "https://e-qanun.az/framework/46947"
        assert code.title == "Azərbaycan Respublikasının Cinayət Məcəlləsi" and code.title_lang == "az"
        assert [p.host for p in self.j.portals] == ["e-qanun.az"]
