"""Bosnia and Herzegovina: Criminal Code art. 162b (joining foreign military or paramilitary formations, 2014)."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestBosniaAndHerzegovina(JurisdictionCase):
    code = "BA"

    def test_article_162b(self) -> None:
        art = self.provision("criminal-code:art162b")
        assert art.locator == "Član 162b."
        assert art.locator_en == "art. 162b"
        assert (
            art.heading == "Protuzakonito formiranje i pridruživanje stranim paravojnim ili parapolicijskim formacijama"
        )
        assert "47/14" in (art.versions[0].amended_by or "")

    def test_joining_carries_at_least_three_years(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.PROHIBITED
        assert rule.confidence in TEXT_READ
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 years" and penalty.imprisonment.max is None

    def test_organising_preparation_incitement(self) -> None:
        penalties = {p.label: p.imprisonment for p in self.rule("recruitment").penalties}
        organising, preparation, incitement = penalties["organising"], penalties["preparation"], penalties["incitement"]
        assert organising is not None and str(organising.min) == "5 years" and organising.max is None
        assert preparation is not None and str(preparation.min) == "1 year" and str(preparation.max) == "10 years"
        assert incitement is not None and str(incitement.min) == "3 months" and str(incitement.max) == "3 years"

    def test_nationality_unclear(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("citizenship-law:whole-act",)
        assert self.j.coverage.searched

    def test_adoption_event(self) -> None:
        event = next(e for e in self.j.events if e.id == "amendment-adopted-2014")
        assert event.date == date(2014, 6, 6)

    def test_council_of_europe(self) -> None:
        assert self.j.member_of("COE", date(2002, 4, 24))
        assert not self.j.member_of("NATO", date(2025, 1, 1))

    def test_dated_and_linked(self) -> None:
        # Second research pass: art. 162b confirmed from 2020-07-06 instead of the placeholder; the gazette portal
        # is declared; the wording limit of para. (2) is shown as an in-words exemption.
        rule = self.rule("foreign-service")
        assert rule.valid.confirmed_from == date(2020, 7, 6)
        assert any("para. (1)" in (c.text or "") for c in rule.exemptions)
        assert [p.host for p in self.j.portals] == ["www.sluzbenilist.ba"]
        assert self.j.instrument("citizenship-law").url_note
