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
