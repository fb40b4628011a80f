"""Nepal: no statute on foreign enlistment found; the Citizenship Act 2063 has no foreign-service ground (s. 10)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestNepal(JurisdictionCase):
    code = "NP"

    def test_foreign_service_is_unclear_and_rests_on_policy_statements(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()
        assert rule.authorization is None
        assert "republica-mofa-2023-08" in rule.sources

    def test_no_foreign_service_ground_of_loss(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.confidence is Confidence.OFFICIAL_PUBLICATION
        assert set(rule.rests_on) == {"citizenship-act:s10", "citizenship-act:s14"}
        assert self.provision("citizenship-act:s10").locator_en == "s. 10"

    def test_acquiring_foreign_citizenship_ends_nepali_citizenship(self) -> None:
        rule = self.rule("nationality-loss-foreign-citizenship")
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.rests_on == ("citizenship-act:s10",)

    def test_dates(self) -> None:
        # The Act's entry into force was not confirmed: confirmed from 1 January 2007 (Rules gazetted Dec. 2006).
        assert self.j.instrument("citizenship-act").valid.start is None
        assert self.rule("nationality-loss").valid.confirmed_from == date(2007, 1, 1)
        code = self.j.instrument("criminal-code")
        assert code.valid.start == date(2018, 8, 17)
        assert code.adopted == date(2017, 10, 16)
        self.assert_in_force("nationality-loss", date(2024, 6, 1))

    def test_events_dated_by_the_decision(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mofa-statement-2023-08"].date == date(2023, 8, 1)
        assert events["request-to-russia-2023-12"].date == date(2023, 12, 5)
        assert events["work-permits-suspended-2024-01"].date == date(2024, 1, 4)

    def test_portal(self) -> None:
        assert {p.host for p in self.j.portals} == {"www.lawcommission.gov.np"}
