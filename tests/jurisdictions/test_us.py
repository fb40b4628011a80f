"""United States: 18 U.S.C. §§ 958-960 and loss of nationality under 8 U.S.C. § 1481(a)(3)."""

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestUnitedStates(JurisdictionCase):
    code = "US"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        rule = self.rule("foreign-service-abroad")
        assert rule.regime is Regime.PERMITTED
        assert rule.binds == (Person.CITIZENS,)

    def test_enlisting_within_the_us(self) -> None:
        rule = self.rule("enlistment-in-us")
        assert rule.regime is Regime.PROHIBITED
        assert Person.ANYONE_ON_TERRITORY in rule.binds
        assert str(rule.max_imprisonment) == "3 years"
        assert self.provision("title-18-usc:s959").locator == "§ 959"
        # The current official text of § 959 was not read.
        assert rule.confidence is Confidence.SECONDARY

    def test_recruiting_and_expeditions(self) -> None:
        assert self.rule("recruitment-in-us").topic is Topic.RECRUITMENT
        assert str(self.rule("military-expedition").max_imprisonment) == "3 years"
        assert self.rule("foreign-commission").confidence is Confidence.UNVERIFIED

    def test_nationality_lost_only_with_intent(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.condition is not None and "intention" in rule.condition.text
        assert "vance-v-terrazas:judgment" in rule.rests_on
        assert self.provision("title-8-usc:s1481-a-3").locator == "§ 1481(a)(3)"

    # Second research pass (2026-12-04).

    def test_uscode_links_open_the_right_sections(self) -> None:
        # The Title 18 link used to open § 964; each section now links to its own page.
        assert [p.host for p in self.j.portals] == ["uscode.house.gov"]
        assert "section964" not in self.j.instrument("title-18-usc").url
        for number in ("958", "959", "960"):
            url = self.provision(f"title-18-usc:s{number}").url
            assert url is not None and url.startswith("https://uscode.house.gov/") and f"section{number}" in url
        assert self.j.instrument("title-8-usc").url.startswith("https://uscode.house.gov/")
        url = self.provision("title-8-usc:s1481-a-3").url
        assert url is not None and "section1481" in url

    def test_nationality_loss_is_not_backdated_to_1980(self) -> None:
        # The 1986 wording was dated from Vance v. Terrazas (1980); it is confirmed only from 2009.
        from datetime import date

        for rule_id in ("nationality-loss", "nationality-loss-officer"):
            rule = self.rule(rule_id)
            assert rule.valid.start is None and rule.valid.confirmed_from == date(2009, 3, 6)
            self.assert_not_in_force(rule_id, date(1985, 1, 1))
            self.assert_in_force(rule_id, date(2022, 3, 1))

    def test_nationality_loss_branches_are_encoded(self) -> None:
        from tests.jurisdictions.base import condition_tests

        hostilities = self.rule("nationality-loss")
        assert condition_tests(hostilities)[:2] == ("at_war_with_home_state", "regular_forces")
        officer = self.rule("nationality-loss-officer")
        assert condition_tests(officer)[0] == "role"
        assert officer.condition is not None and "non-commissioned" in officer.condition.text

    def test_enlisted_volunteer_for_ukraine_does_not_meet_the_hostilities_branch(self) -> None:
        from datetime import date

        check = self.lib.assess(["US"], "UA", as_of=date(2024, 1, 1))
        findings = {f.rule: f for f in check.per_citizenship[0].findings}

        def outcome(rule_id: str) -> str:
            # The field was renamed (applicability -> verdict) while the assessment API was being reworked.
            finding = findings[rule_id]
            value = getattr(finding, "verdict", None) or getattr(finding, "applicability", None)
            return str(getattr(value, "value", value))

        # Not reached: "does_not_apply" in the older assessment vocabulary, "allowed" in the newer one.
        assert outcome("us:nationality-loss") in {"does_not_apply", "allowed"}
        # The officer branch turns on rank and intent, which the check cannot evaluate.
        assert outcome("us:nationality-loss-officer") == "depends"

    def test_foreign_commission_condition_is_encoded(self) -> None:
        from tests.jurisdictions.base import condition_tests

        assert condition_tests(self.rule("foreign-commission")) == ("at_war_with_friendly_state", "role", "in_words")

    def test_advice_pages(self) -> None:
        sources = {a.source for a in self.j.advice}
        assert {"state-travel-loss-nationality-military", "ua-embassy-advisory-2022-03-08"} <= sources
        assert all(self.j.source(s).official for s in sources)
