"""Montenegro: 2015 Criminal Code offence of participating in foreign armed formations (article not confirmed)."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestMontenegro(JurisdictionCase):
    code = "ME"

    def test_rests_on_the_whole_code(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.rests_on == ("criminal-code:whole-code",)
        assert self.provision("criminal-code:whole-code").locator == "(whole code)"
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.regime is Regime.PROHIBITED

    def test_participation_up_to_five_years(self) -> None:
        (penalty,) = self.rule("foreign-service").penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is None and str(penalty.imprisonment.max) == "5 years"
        assert self.rule("foreign-service").disagreements[0].followed == "apa-2015"

    def test_organisers_two_to_ten_years(self) -> None:
        penalties = {p.label: p.imprisonment for p in self.rule("recruitment").penalties}
        organising = penalties["organising"]
        assert organising is not None and str(organising.min) == "2 years" and str(organising.max) == "10 years"
        financing = penalties["financing"]
        assert financing is not None and str(financing.max) == "8 years"

    def test_nationality_loss_unclear(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.nationality is not None and rule.nationality.dual_nationals_only
        assert self.provision("citizenship-law:art24").locator_en == "art. 24"

    def test_adoption_18_march_2015(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["amendment-adopted-2015"].date == date(2015, 3, 18)
        assert events["government-bill-2014"].date == date(2014, 11, 20)

    def test_memberships(self) -> None:
        assert self.j.member_of("NATO", date(2017, 6, 5))
        assert not self.j.member_of("NATO", date(2017, 6, 4))
        assert self.j.member_of("COE", date(2007, 5, 11))

    def test_dated_from_press_reports_and_copies_labelled(self) -> None:
        # Second research pass: placeholder dates replaced (adopted 18 March 2015, first arrest September 2016).
        assert self.rule("foreign-service").valid.confirmed_from == date(2016, 9, 30)
        assert self.rule("recruitment").valid.confirmed_from == date(2016, 9, 30)
        assert self.j.instrument("criminal-code").url_note and self.j.instrument("citizenship-law").url_note
        assert [p.host for p in self.j.portals] == ["www.sluzbenilist.me"]
