"""United Kingdom: Foreign Enlistment Act 1870, designated-area offence, nationality deprivation."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestUnitedKingdom(JurisdictionCase):
    code = "GB"

    def test_foreign_enlistment_act_citation(self) -> None:
        fea = self.j.instrument("fea-1870")
        assert fea.citation == "33 & 34 Vict. c. 90"
        assert fea.title == "Foreign Enlistment Act 1870"
        assert fea.valid.start == date(1870, 8, 9)
        assert fea.identifiers.national == "ukpga/Vict/33-34/90"

    def test_section_4_cites_in_oscola_form(self) -> None:
        assert self.lib.cite("gb:fea-1870:s4") == "Foreign Enlistment Act 1870, s 4"
        assert self.provision("fea-1870:s4").locator == "s. 4"

    def test_enlistment_needs_the_crowns_licence_when_at_war_with_a_friendly_state(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_friendly_state",)
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.MONARCH
        assert "fea-1870:s4" in rule.rests_on

    def test_penalty_is_up_to_two_years_and_rests_on_secondary_sources(self) -> None:
        rule = self.rule("foreign-service")
        assert str(rule.max_imprisonment) == "2 years"
        # s. 13 was not read in an official text: the confidence must say so.
        assert rule.confidence is Confidence.SECONDARY

    def test_designated_area_offence_from_2019(self) -> None:
        rule = self.rule("designated-area")
        assert rule.valid.start == date(2019, 4, 12)
        assert str(rule.max_imprisonment) == "10 years"
        assert self.provision("terrorism-act-2000:s58b").locator == "s. 58B"
        self.assert_not_in_force("designated-area", date(2019, 4, 11))
        self.assert_in_force("designated-area", date(2019, 4, 12))

    def test_no_nationality_loss_ground_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE

    def test_history_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["finland-general-licence-1940"].date == date(1940, 2, 14)
        assert events["truss-ukraine-volunteers-2022"].date == date(2022, 2, 27)
        assert any(e.date.year == 1937 for e in self.j.events)

    def test_left_the_eu_on_1_february_2020(self) -> None:
        assert self.j.member_of("EU", date(2020, 1, 31))
        assert not self.j.member_of("EU", date(2020, 2, 1))
        assert self.j.member_of("NATO", date(2022, 3, 1))

    # Second research pass (2026-12-04).

    def test_links_point_to_legislation_gov_uk(self) -> None:
        # s. 4 used to link to a BAILII copy: the provision link now opens the section on the official portal.
        assert [p.host for p in self.j.portals] == ["www.legislation.gov.uk"]
        s4 = self.provision("fea-1870:s4")
        assert s4.url == "https://www.legislation.gov.uk/ukpga/Vict/33-34/90/section/4"
        assert s4.versions[0].url is not None and s4.versions[0].url.endswith("/section/4/enacted")
        assert self.provision("terrorism-act-2000:s58b").current.url is not None
        assert self.provision("terrorism-act-2000:s58b").current.url.endswith("/section/58B/2019-04-12")

    def test_us_reprint_of_the_1870_act_is_not_the_official_publication(self) -> None:
        assert self.j.source("frus-1870-fea-text").official is False
        assert self.j.source("bailii-fea1870-ni").official is False

    def test_designated_area_offence_exempts_service_in_a_foreign_states_forces(self) -> None:
        # s. 58B(5)(c): work for a foreign government, including service in or with its armed forces.
        rule = self.rule("designated-area")
        assert condition_tests(rule) == ("designated_area",)
        assert any(e.test.value == "regular_forces" for e in rule.exemptions)

    def test_nationality_loss_researched_from_1983_with_one_rule_per_wording(self) -> None:
        from legal_ref.periods import TimeStatus

        assert self.j.researched_from(Topic.NATIONALITY_LOSS) == date(1983, 1, 1)
        assert self.j.time_status(date(1982, 12, 31), Topic.NATIONALITY_LOSS) is TimeStatus.OUTSIDE_COVERAGE
        assert self.rule("nationality-loss").valid.start == date(2014, 7, 28)
        # 2003 substitution (S.I. 2003/754) and 2006 public-good test, read in official annotations.
        self.assert_in_force("nationality-loss-2003", date(2010, 1, 1))
        self.assert_not_in_force("nationality-loss-2003", date(2014, 7, 28))
        self.assert_in_force("nationality-loss-1983", date(2003, 3, 31))
        self.assert_not_in_force("nationality-loss-1983", date(2003, 4, 1))
        s40 = self.provision("bna-1981:s40")
        assert [v.valid.start for v in s40.versions] == [
            date(1983, 1, 1),
            date(2003, 4, 1),
            date(2006, 6, 16),
            date(2014, 7, 28),
        ]
        # The 1870 Act stays covered from 1870.
        assert self.j.researched_from(Topic.FOREIGN_SERVICE) == date(1870, 8, 9)

    def test_crown_licence_has_no_application_procedure_recorded(self) -> None:
        auth = self.rule("foreign-service").authorization
        assert auth is not None and "Crown" in auth.office
        assert auth.application is None
