"""Viet Nam: mercenary offences (Criminal Code arts. 424-425, read in commentary); deprivation of nationality only
under art. 31 of the 2008 Nationality Law.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestVietNam(JurisdictionCase):
    code = "VN"

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.UNCLEAR
        assert rule.penalties == ()
        assert rule.rests_on == ("criminal-code:art425",)

    def test_mercenary_offences(self) -> None:
        rule = self.rule("mercenary")
        assert rule.regime is Regime.PROHIBITED
        assert rule.confidence is Confidence.SECONDARY
        # Only art. 424's penalty (recruiting, training, using) was read.
        assert [p.label for p in rule.penalties] == ["recruiting"]
        assert str(rule.penalties[0].imprisonment.min) == "10 years"
        assert str(rule.penalties[0].imprisonment.max) == "life"
        assert self.provision("criminal-code:art425").locator == "Điều 425"

    def test_deprivation_only_under_article_31(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert condition_tests(rule) == ("in_words",)
        assert set(rule.rests_on) == {"nationality-law:art2", "nationality-law:art31"}
        assert rule.confidence is Confidence.SECONDARY

    def test_dates(self) -> None:
        law = self.j.instrument("nationality-law")
        assert law.valid.start == date(2009, 7, 1)
        assert law.adopted == date(2008, 11, 13)
        self.assert_in_force("nationality-loss", date(2009, 7, 1))
        self.assert_not_in_force("nationality-loss", date(2009, 6, 30))
        assert self.rule("mercenary").valid.confirmed_from == date(2022, 3, 4)

    def test_portal_declared_links_explained(self) -> None:
        assert [p.host for p in self.j.portals] == ["vbpl.vn"]
        assert all(i.url_note for i in self.j.instruments)
