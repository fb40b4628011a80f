"""Russia: mercenarism (Criminal Code art. 359) before and after 14 July 2022, art. 208, inbound service."""

from datetime import date

from legal_ref.models import Confidence, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestRussia(JurisdictionCase):
    code = "RU"

    def test_article_359_citation(self) -> None:
        assert self.provision("criminal-code:art359").locator == "ст. 359"
        assert self.lib.cite("ru:criminal-code:art359").endswith(", art 359")

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

    def test_foreign_armed_formation_2016(self) -> None:
        rule = self.rule("foreign-armed-formation-2016")
        assert rule.valid.start == date(2016, 7, 20)
        assert str(rule.max_imprisonment) == "15 years"

    def test_inbound_citizenship_route(self) -> None:
        rule = self.rule("inbound-citizenship-decree-2022")
        assert rule.topic is Topic.INBOUND_SERVICE
        # Dated 30 September 2022 in the first pass, but Decree 690 is recorded only from 15 May 2023.
        assert rule.valid.start is None and rule.valid.confirmed_from == date(2023, 5, 15)

    def test_ministry_figures_are_events(self) -> None:
        event = next(e for e in self.j.events if e.id == "mod-mercenaries-2024-03-14")
        assert "13,387" in event.summary or "13387" in event.summary

    def test_left_the_council_of_europe(self) -> None:
        assert self.j.member_of("COE", date(2022, 3, 15))
        assert not self.j.member_of("COE", date(2022, 3, 16))
