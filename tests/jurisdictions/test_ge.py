"""Georgia: mercenarism (Criminal Code art. 410) and loss of citizenship on joining a foreign military service."""

from datetime import date

from legal_ref.models import NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestGeorgia(JurisdictionCase):
    code = "GE"

    def test_mercenarism_article_410(self) -> None:
        penalties = {p.label: p.imprisonment for p in self.rule("mercenary").penalties}
        assert str(penalties["basic"].min if penalties["basic"] else None) == "5 years"
        assert str(penalties["aggravated"].max if penalties["aggravated"] else None) == "13 years"

    def test_foreign_service_is_unclear(self) -> None:
        assert self.rule("foreign-service").regime is Regime.UNCLEAR

    def test_citizenship_lost_on_joining_a_foreign_military(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert self.provision("citizenship-law:art21").locator == "Article 21"

    def test_left_the_cis_in_2009(self) -> None:
        assert not self.j.member_of("CIS", date(2010, 1, 1))

    def test_placeholder_dates_replaced(self) -> None:
        # Corrected 2026-12-04: the migration's placeholder (2026-11-26) is replaced by dates a source confirms.
        assert self.rule("mercenary").valid.confirmed_from == date(2022, 12, 27)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2018, 6, 6)
        self.assert_in_force("nationality-loss", date(2020, 1, 1))
        assert self.j.source("matsne-citizenship-law-2018").official

    def test_loss_only_for_service_with_a_foreign_state(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.condition is not None
        assert [c.test.value for c in rule.condition.all_of] == ["regular_forces"]
        assert len(rule.exemptions) == 2

    def test_portal(self) -> None:
        assert [p.host for p in self.j.portals] == ["matsne.gov.ge"]
        for instrument in self.j.instruments:
            assert instrument.url.startswith("https://matsne.gov.ge/")
