"""New Zealand: no foreign-enlistment law; the Mercenary Activities (Prohibition) Act 2004; citizenship."""

from datetime import date

from legal_ref.models import Confidence, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestNewZealand(JurisdictionCase):
    code = "NZ"

    def test_no_law_on_joining_a_foreign_army(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY

    def test_mercenary_act(self) -> None:
        act = self.j.instrument("mercenary-act")
        assert act.citation == "2004 No 69"
        assert act.adopted == date(2004, 7, 6)
        assert self.provision("mercenary-act:s12").heading == (
            "Mercenary taking part in hostilities or concerted act of violence"
        )
        assert self.provision("mercenary-act:s19").heading == "Attorney-General's consent to prosecutions required"

    def test_mercenary_offence_14_years(self) -> None:
        rule = self.rule("mercenary")
        assert rule.topic is Topic.MERCENARY and rule.regime is Regime.PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "14 years"
        # the penalty rests on the Minister's statements, not on the official text
        assert rule.confidence is Confidence.SECONDARY
        self.assert_not_in_force("mercenary", date(2004, 7, 5))

    def test_recruitment_only_of_mercenaries(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert "mercenary-act:s7" in rule.rests_on

    def test_citizenship_loss_unclear_because_s16_unread(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert {"citizenship-act:s15", "citizenship-act:s16", "citizenship-act:s17"} <= set(rule.rests_on)
        assert self.j.instrument("citizenship-act").valid.start == date(1978, 1, 1)

    def test_terrorist_travel_offence_from_2021(self) -> None:
        rule = self.rule("terrorist-travel")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.valid.start == date(2021, 10, 4)

    # Second research pass (2026-12-04).

    def test_portal_without_section_deep_links(self) -> None:
        (portal,) = self.j.portals
        assert portal.host == "www.legislation.govt.nz" and portal.deep_links is False
        assert all(p.url is None for i in self.j.instruments for p in i.provisions)

    def test_placeholder_dates_replaced(self) -> None:
        from datetime import date

        # Both were dated from the verification date (2026-11-26) by the migration.
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 3, 20)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2005, 4, 21)
        assert self.provision("citizenship-act:s15").versions[0].valid.start == date(2005, 4, 21)
        self.assert_in_force("foreign-service", date(2022, 3, 20))
        self.assert_not_in_force("foreign-service", date(2022, 3, 19))

    def test_mercenary_definition_excludes_state_armed_forces(self) -> None:
        rule = self.rule("mercenary")
        assert rule.exemptions[0].test.value == "regular_forces"
