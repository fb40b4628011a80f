"""Sri Lanka: no foreign-service ground of loss (Constitution art. 26(4), Citizenship Act Part IV); enlistment
unclear.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestSriLanka(JurisdictionCase):
    code = "LK"

    def test_citizenship_act(self) -> None:
        act = self.j.instrument("citizenship-act")
        assert act.citation == "Act No. 18 of 1948"
        assert act.valid.start == date(1948, 11, 15)
        assert self.provision("citizenship-act:part4").heading == "Loss of Citizenship"

    def test_no_foreign_service_ground_of_loss(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert "constitution:art26" in rule.rests_on
        # Read in reproductions only (art. 26 and the arrangement of sections), not on LawNet.
        assert rule.confidence is Confidence.REPRODUCTION
        assert rule.confidence in TEXT_READ

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()
        assert rule.valid.confirmed_from == date(2023, 12, 9)

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["russia-assurance-2024-06"].date == date(2024, 6, 10)
        assert events["casualties-2024-05"].date == date(2024, 5, 15)
        assert "288" in events["casualties-2024-05"].summary

    def test_portal(self) -> None:
        assert {p.host for p in self.j.portals} == {"www.lawnet.gov.lk"}
