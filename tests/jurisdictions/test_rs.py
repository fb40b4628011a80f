"""Serbia: Criminal Code art. 386a (participation in a war or armed conflict in a foreign state, 2014)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestSerbia(JurisdictionCase):
    code = "RS"

    def test_article_386a(self) -> None:
        art = self.provision("criminal-code:art386a")
        assert art.locator == "члан 386а"
        assert art.locator_en == "art. 386a"
        assert art.heading == "Учествовање у рату или оружаном сукобу у страној држави"
        assert self.provision("criminal-code:art386b").locator_en == "art. 386b"
        assert self.j.instrument("criminal-code").valid.start == date(2006, 1, 1)

    def test_participation_is_prohibited_with_two_ranges(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.PROHIBITED
        assert rule.rests_on == ("criminal-code:art386a",)
        penalties = {p.label: p.imprisonment for p in rule.penalties}
        basic, group = penalties["basic"], penalties["aggravated"]
        assert basic is not None and group is not None
        assert str(basic.min) == "6 months" and str(basic.max) == "5 years"
        assert str(group.min) == "1 year" and str(group.max) == "8 years"

    def test_article_not_read_in_official_text(self) -> None:
        assert self.rule("foreign-service").confidence is Confidence.SECONDARY
        assert self.rule("recruitment").confidence is Confidence.UNVERIFIED
        assert self.rule("recruitment").penalties == ()
        assert len(self.rule("foreign-service").disagreements) == 1

    def test_no_loss_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE

    def test_plea_agreements(self) -> None:
        event = next(e for e in self.j.events if e.id == "plea-agreements-2022")
        assert event.date == date(2022, 5, 19)
        assert "34" in event.summary and "30" in event.summary

    def test_council_of_europe_not_nato(self) -> None:
        assert self.j.member_of("COE", date(2003, 4, 3))
        assert not self.j.member_of("COE", date(2003, 4, 2))
        assert not self.j.member_of("NATO", date(2025, 1, 1))

    def test_coverage_starts_2015(self) -> None:
        assert self.j.coverage.since == date(2015, 1, 1)

    def test_dates_from_sources_and_portal(self) -> None:
        # Second research pass: art. 386a is confirmed from the 2022 report giving its ranges (placeholder replaced).
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 5, 19)
        assert self.provision("criminal-code:art386a").versions[0].valid.confirmed_from == date(2022, 5, 19)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2024, 6, 26)
        assert self.j.instrument("criminal-code").url_note
        assert "www.pravno-informacioni-sistem.rs" in {p.host for p in self.j.portals}
