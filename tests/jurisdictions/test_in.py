"""India: Foreign Recruiting Act 1874, BNS s. 153, Citizenship Act s. 10, and the Russian-army recruitment cases."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestIndia(JurisdictionCase):
    code = "IN"

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert len(rule.disagreements) == 1
        assert rule.disagreements[0].followed == "lawcommission-43-s5-4"

    def test_recruiting_controlled_by_central_government(self) -> None:
        act = self.j.instrument("foreign-recruiting-act")
        assert act.citation == "Act No. 4 of 1874"
        assert act.adopted == date(1874, 2, 24)
        assert self.provision("foreign-recruiting-act:s4").locator == "s. 4"
        rule = self.rule("recruitment")
        assert rule.topic is Topic.RECRUITMENT
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert "foreign-recruiting-act:s6" in rule.rests_on
        # The Indian penalty of s. 6 was not read: no penalty may be recorded.
        assert rule.penalties == ()
        assert Person.ANYONE_ON_TERRITORY in rule.binds

    def test_bns_153(self) -> None:
        bns = self.j.instrument("bns")
        assert bns.citation == "Act No. 45 of 2023"
        assert bns.valid.start == date(2024, 7, 1)
        assert self.provision("bns:s153").locator == "s. 153"
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.PROHIBITED
        assert str(rule.max_imprisonment) == "life"
        assert rule.confidence is Confidence.SECONDARY
        self.assert_not_in_force("foreign-conflict", date(2024, 6, 30))
        self.assert_in_force("foreign-conflict", date(2024, 7, 1))

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("citizenship-act:s10",)
        assert self.provision("citizenship-act:s10").locator == "s. 10"

    def test_russian_army_cases(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["cbi-trafficking-network-2024"].date == date(2024, 3, 7)
        figures = events["mea-figures-2025-01"]
        assert figures.date == date(2025, 1, 17)
        assert "126" in figures.summary and "96" in figures.summary and "12" in figures.summary
        assert "45" in events["discharges-2024-09"].summary

    def test_no_memberships(self) -> None:
        assert self.j.memberships == ()

    # Second research pass (2026-12-04).

    def test_links_without_official_text_explain_themselves(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.indiacode.nic.in"]
        for instrument_id in ("foreign-recruiting-act", "bns", "citizenship-act"):
            assert self.j.instrument(instrument_id).url_note

    def test_foreign_service_no_longer_rests_on_a_2024_provision(self) -> None:
        from datetime import date

        # It rested on s. 153 BNS (in force 1 July 2024) while dated from 2026-11-26 (placeholder).
        rule = self.rule("foreign-service")
        assert "bns:s153" not in rule.rests_on
        # No dated source shows these texts before the day they were read (2026-12-04): confirmed only from then.
        assert rule.valid.confirmed_from == date(2026, 12, 4)
        assert self.rule("recruitment").valid.confirmed_from == date(2026, 12, 4)
        assert "lawcommission-43-s5-11" in rule.sources
