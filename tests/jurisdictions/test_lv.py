"""Latvia: Criminal Law s. 77.1 and the foreign-service ban, with the 1 March 2022 exemption for Ukraine."""

from datetime import date

from legal_ref.models import ClauseTest, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestLatvia(JurisdictionCase):
    code = "LV"

    def test_participation_in_a_foreign_armed_conflict(self) -> None:
        rule = self.rule("foreign-conflict")
        assert str(rule.max_imprisonment) == "10 years"
        assert self.provision("criminal-law:s77-1").locator == "77.1 pants"

    def test_ukraine_exemption_from_1_march_2022(self) -> None:
        before, after = self.rule("foreign-service"), self.rule("foreign-service-2022")
        assert before.valid.end == after.valid.start == date(2022, 3, 1)
        assert "Ukraine" in after.summary
        assert after.regime is Regime.CONDITIONALLY_PROHIBITED
        self.assert_in_force("foreign-service", date(2022, 2, 28))
        self.assert_in_force("foreign-service-2022", date(2022, 3, 1))

    def test_citizenship_withdrawal_follows_the_same_change(self) -> None:
        assert self.rule("nationality-loss").valid.end == date(2022, 3, 1)
        assert self.rule("nationality-loss-2022").valid.start == date(2022, 3, 1)

    def test_memberships(self) -> None:
        assert self.j.member_of("NATO", date(2004, 3, 29))
        assert self.j.member_of("EU", date(2004, 5, 1))

    # --- Second research pass (2026-12-04) ---

    def test_ukraine_and_compulsory_service_exemptions_are_tests(self) -> None:
        after = self.rule("foreign-service-2022")
        ukraine = [e for e in after.exemptions if e.test is ClauseTest.SERVING_STATE_IN]
        assert [e.states for e in ukraine] == [("UA",)]
        assert ClauseTest.COMPULSORY_SERVICE in [e.test for e in after.exemptions]
        before = self.rule("foreign-service")
        assert ClauseTest.SERVING_STATE_IN not in [e.test for e in before.exemptions]

    def test_ukraine_check_before_and_after_1_march_2022(self) -> None:
        assert self.lib.assess(["LV"], "UA", as_of=date(2022, 3, 1)).per_citizenship[0].needs_authorization is False
        fr = self.lib.assess(["LV"], "FR", as_of=date(2022, 3, 1)).per_citizenship[0]
        assert fr.needs_authorization is False

    def test_armed_conflict_offences_dated_from_the_2019_judgment(self) -> None:
        # Was a placeholder confirmed_from 2026-11-26.
        for key in ("criminal-law:s77-1", "criminal-law:s77-2", "criminal-law:s77-3"):
            assert self.provision(key).versions[0].valid.confirmed_from == date(2019, 2, 11)
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2019, 2, 11)
        assert self.rule("recruitment").valid.confirmed_from == date(2019, 2, 11)

    def test_portal_and_inbound_event(self) -> None:
        assert [p.host for p in self.j.portals] == ["likumi.lv"]
        event = next(e for e in self.j.events if e.id == "inbound-mobilisation-volunteers-2024")
        assert event.date == date(2024, 10, 10)

    def test_citizenship_ground_is_voluntary_unpermitted_service_of_dual_nationals(self) -> None:
        # Corrected 2026-12-04 (LV portals, 8 April 2022): Cabinet of Ministers' permission; no statelessness.
        from legal_ref.models import Person

        for rule_id in ("nationality-loss", "nationality-loss-2022"):
            rule = self.rule(rule_id)
            assert rule.binds == (Person.DUAL_NATIONALS,)
            assert rule.nationality is not None and rule.nationality.dual_nationals_only
            assert rule.authorization is not None and rule.authorization.office == "Cabinet of Ministers"
            assert ClauseTest.COMPULSORY_SERVICE in [e.test for e in rule.exemptions]
