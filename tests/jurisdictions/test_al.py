"""Albania: Criminal Code arts. 265/a-265/c (participation in combat operations in a foreign state, 2014)."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestAlbania(JurisdictionCase):
    code = "AL"

    def test_articles(self) -> None:
        art = self.provision("criminal-code:art265a")
        assert art.locator == "Neni 265/a"
        assert art.heading == "Pjesëmarrja në veprime luftarake në një shtet të huaj"
        assert self.provision("criminal-code:art265b").locator_en == "art. 265/b"
        assert self.provision("criminal-code:art265c").locator_en == "art. 265/c"
        assert self.j.instrument("criminal-code").adopted == date(1995, 1, 27)

    def test_participation_five_to_ten_years_unverified(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.PROHIBITED
        assert rule.confidence is Confidence.UNVERIFIED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "5 years" and str(penalty.imprisonment.max) == "10 years"
        assert rule.disagreements[0].followed == "starplus-2022"

    def test_regular_army_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.penalties == ()

    def test_organising_and_public_calls(self) -> None:
        penalties = {p.label: p.imprisonment for p in self.rule("recruitment").penalties}
        organising, calls = penalties["organising"], penalties["public-calls"]
        assert organising is not None and str(organising.min) == "8 years" and str(organising.max) == "15 years"
        assert calls is not None and calls.min is None and str(calls.max) == "3 years"

    def test_citizenship_law_2020(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.valid.start == date(2020, 10, 14)
        self.assert_in_force("nationality-loss", date(2020, 10, 14))
        self.assert_not_in_force("nationality-loss", date(2020, 10, 13))

    def test_memberships(self) -> None:
        assert self.j.member_of("NATO", date(2009, 4, 1))
        assert not self.j.member_of("NATO", date(2009, 3, 31))
        assert self.j.member_of("COE", date(1995, 7, 13))

    def test_translations_labelled_not_official(self) -> None:
        # Second research pass: the Code and the Citizenship Law link to unofficial translations; said so.
        assert self.j.instrument("criminal-code").url_note and self.j.instrument("citizenship-law").url_note
        assert [p.host for p in self.j.portals] == ["qbz.gov.al"]
        # The bill's exception for members of a party's armed forces is not confirmed in the enacted text.
        assert self.rule("foreign-service").confidence is Confidence.UNVERIFIED
