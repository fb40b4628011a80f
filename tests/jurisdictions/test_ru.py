"""Russia: mercenarism (Criminal Code art. 359) before and after 14 July 2022, art. 208, inbound service."""

from datetime import date

from legal_ref.models import Confidence, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestRussia(JurisdictionCase):
    code = "RU"

    def test_article_359_citation(self) -> None:
        assert self.provision("criminal-code:art359").locator == "ст. 359"
        # OSCOLA now names the jurisdiction after a foreign statute ("…, art 359 (Russia)"), per the citation guides.
        assert ", art 359" in self.lib.cite("ru:criminal-code:art359")

    def test_mercenary_participation_before_2022(self) -> None:
        rule = self.rule("mercenary-participation")
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "3 years" and str(penalty.max) == "7 years"
        assert rule.valid.end == date(2022, 7, 14)
        assert rule.confidence in TEXT_READ

    def test_penalties_raised_on_14_july_2022(self) -> None:
        recruitment = self.rule("mercenary-recruitment-2022")
        basic = next(p for p in recruitment.penalties if p.label == "basic").imprisonment
        assert basic is not None and str(basic.min) == "12 years" and str(basic.max) == "18 years"
        # the post-2022 penalty for the mercenary himself was not confirmed from the official text
        assert self.rule("mercenary-participation-2022").confidence is Confidence.SECONDARY
        self.assert_not_in_force("mercenary-recruitment-2022", date(2022, 7, 13))

    def test_foreign_armed_formation_2013_confirmed_from_november_2013(self) -> None:
        # Corrected 2026-12-04: the placeholder confirmed_from (2016-07-19) is replaced by the date a source
        # shows the 2013 foreign-territory clause in force (The Interpreter, 15 November 2013).
        rule = self.rule("foreign-armed-formation")
        assert rule.valid.start is None and rule.valid.confirmed_from == date(2013, 11, 15)
        assert rule.valid.end == date(2016, 7, 20)
        self.assert_in_force("foreign-armed-formation", date(2014, 6, 1))
        assert str(rule.max_imprisonment) == "6 years"

    def test_treason_life_imprisonment_from_9_may_2023(self) -> None:
        # Corrected 2026-12-04: the 20-year cap applies only until 8 May 2023; Law No. 157-FZ adds life.
        before, after = self.rule("foreign-service"), self.rule("foreign-service-2023")
        assert str(before.max_imprisonment) == "20 years"
        assert str(before.penalties[0].imprisonment.min) == "12 years"
        assert str(after.max_imprisonment) == "life"
        assert before.valid.end == after.valid.start == date(2023, 5, 9)
        self.assert_in_force("foreign-service", date(2023, 5, 8))
        self.assert_not_in_force("foreign-service", date(2023, 5, 9))
        self.assert_in_force("foreign-service-2023", date(2023, 5, 9))
        self.assert_not_in_force("foreign-service-2023", date(2023, 5, 8))
        art275 = self.provision("criminal-code:art275")
        assert art275.version_on(date(2024, 1, 1)).penalties[0].imprisonment.max.unit.value == "life"
        assert any(d.followed == "garant-uk-57-2023" for d in after.disagreements)
        assert [c.test.value for c in after.condition.all_of] == ["at_war_with_home_state"]

    def test_official_portal_links(self) -> None:
        hosts = {p.host for p in self.j.portals}
        assert "pravo.gov.ru" in hosts
        assert self.j.instrument("criminal-code").url.startswith("http://pravo.gov.ru/")
        # The military-service law linked to a private help site until 2026-12-04.
        law = self.j.instrument("military-service-law")
        assert "au-e.ru" not in law.url and law.url_note

    def test_foreign_armed_formation_2016(self) -> None:
        rule = self.rule("foreign-armed-formation-2016")
        assert rule.valid.start == date(2016, 7, 20)
        assert str(rule.max_imprisonment) == "15 years"

    def test_inbound_citizenship_route(self) -> None:
        # Corrected 2026-12-04: the placeholder confirmed_from (2023-05-15) is replaced by two rules, the original
        # September 2022 wording (secondary: not read) and the version amended on 15 May 2023 (text read).
        original, amended = self.rule("inbound-citizenship-decree-2022"), self.rule("inbound-citizenship-decree-2023")
        assert original.topic is Topic.INBOUND_SERVICE and amended.topic is Topic.INBOUND_SERVICE
        assert original.valid.start == date(2022, 9, 30)
        assert original.valid.end == amended.valid.start == date(2023, 5, 15)
        assert original.confidence is Confidence.SECONDARY
        assert amended.confidence in TEXT_READ
        self.assert_not_in_force("inbound-citizenship-decree-2022", date(2022, 9, 29))
        self.assert_in_force("inbound-citizenship-decree-2022", date(2022, 10, 1))
        self.assert_not_in_force("inbound-citizenship-decree-2023", date(2023, 5, 14))

    def test_ministry_figures_are_events(self) -> None:
        event = next(e for e in self.j.events if e.id == "mod-mercenaries-2024-03-14")
        assert "13,387" in event.summary or "13387" in event.summary

    def test_left_the_council_of_europe(self) -> None:
        assert self.j.member_of("COE", date(2022, 3, 15))
        assert not self.j.member_of("COE", date(2022, 3, 16))

    def test_inbound_terms_and_advice(self) -> None:
        rule = self.rule("inbound-contract-service-2022")
        labels = {t.label for t in rule.terms}
        assert {"First contract", "Where to apply"} <= labels
        advised = {a.source for a in self.j.advice}
        assert "mvd-kursk-contract-foreigners" in advised
        for a in self.j.advice:
            assert self.j.source(a.source).official

    def test_pre_2022_contract_terms_confirmed_from_2010(self) -> None:
        # Corrected 2026-12-04: the placeholder (confirmed only on 27 May 2022, the day before the rule ended).
        rule = self.rule("inbound-contract-service")
        assert rule.valid.confirmed_from == date(2010, 12, 15) and rule.valid.end == date(2022, 5, 28)
        self.assert_in_force("inbound-contract-service", date(2015, 6, 1))
        self.assert_not_in_force("inbound-contract-service", date(2022, 5, 28))

    def test_mercenary_note_exemptions_encoded(self) -> None:
        # Added 2026-12-04: the note to art. 359 excludes citizens of a party to the conflict.
        for rule_id in ("mercenary-participation", "mercenary-participation-2022"):
            tests = {c.test.value for c in self.rule(rule_id).exemptions}
            assert {"also_national", "at_war_with_home_state"} <= tests
