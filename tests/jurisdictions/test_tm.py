"""Turkmenistan: mercenarism (Criminal Code art. 169) read on the Ministry of Justice portal; Constitution art. 10
bars deprivation; loss grounds unread.
"""

from datetime import date

from legal_ref.models import Confidence, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestTurkmenistan(JurisdictionCase):
    code = "TM"

    def test_mercenarism_penalties(self) -> None:
        rule = self.rule("mercenary")
        assert rule.topic is Topic.MERCENARY
        assert rule.regime is Regime.PROHIBITED
        assert rule.confidence is Confidence.OFFICIAL_PUBLICATION
        ranges = {p.label: (str(p.imprisonment.min), str(p.imprisonment.max)) for p in rule.penalties if p.imprisonment}
        assert ranges == {"participation": ("5 years", "10 years"), "recruiting": ("3 years", "8 years")}
        assert self.provision("criminal-code:art169").locator_en == "art. 169"

    def test_foreign_service_only_as_mercenarism(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("in_words",)
        assert any(e.test.value == "also_national" for e in rule.exemptions)
        assert rule.authorization is None
        assert str(rule.max_imprisonment) == "10 years"

    def test_nationality_loss_unclear_but_deprivation_barred(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert "constitution:art10" in rule.rests_on
        assert "deprived" in self.provision("constitution:art10").versions[0].summary

    def test_dates_and_portals(self) -> None:
        assert self.rule("mercenary").valid.confirmed_from == date(2013, 11, 9)
        assert self.j.instrument("criminal-code").adopted == date(1997, 6, 12)
        assert {p.host for p in self.j.portals} == {"minjust.gov.tm", "mfa.gov.tm"}
        assert self.j.instrument("constitution").url_note
