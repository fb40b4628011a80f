"""Mongolia: deprivation of citizenship prohibited (Law on Citizenship art. 3(5)); foreign service and loss grounds
unclear.
"""

from datetime import date

from legal_ref.models import Confidence, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestMongolia(JurisdictionCase):
    code = "MN"

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()

    def test_nationality_unclear_but_deprivation_prohibited(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert set(rule.rests_on) == {"citizenship-law:art3", "citizenship-law:art4"}
        assert "depriving" in self.provision("citizenship-law:art3").versions[0].summary
        assert self.j.instrument("citizenship-law").adopted == date(1995, 6, 5)

    def test_the_2002_code_is_not_modelled_as_current_law(self) -> None:
        # The 2002 Code's mercenarism article is recorded only as a gap: no rule may rest on it.
        assert {i.id for i in self.j.instruments} == {"citizenship-law", "criminal-code"}
        assert all(r.penalties == () for r in self.j.rules)

    def test_searched_and_portal(self) -> None:
        assert len(self.j.coverage.searched) == 3
        assert [p.host for p in self.j.portals] == ["legalinfo.mn"]
