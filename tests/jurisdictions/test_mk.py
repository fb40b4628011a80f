"""North Macedonia: Criminal Code art. 322-a (participation in foreign armies and formations, 2014)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestNorthMacedonia(JurisdictionCase):
    code = "MK"

    def test_article_322a(self) -> None:
        art = self.provision("criminal-code:art322a")
        assert art.locator == "член 322-а"
        assert art.locator_en == "art. 322-a"
        code = self.j.instrument("criminal-code")
        assert code.adopted == date(1996, 7, 23)
        assert code.valid.start == date(1996, 11, 1)

    def test_participation_at_least_four_years(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.PROHIBITED
        assert rule.confidence is Confidence.SECONDARY
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.min) == "4 years"
        assert len(rule.exemptions) == 2
        assert rule.disagreements[0].followed == "agcnews-2014"

    def test_organisers_at_least_five_years(self) -> None:
        penalties = {p.label: p.imprisonment for p in self.rule("recruitment").penalties}
        assert str(penalties["organising"].min if penalties["organising"] else None) == "5 years"
        assert str(penalties["incitement"].min if penalties["incitement"] else None) == "4 years"

    def test_citizenship_cannot_be_taken_away(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["amendment-adopted-2014"].date == date(2014, 9, 4)
        assert "56" in events["mfa-reminder-2022"].summary

    def test_memberships(self) -> None:
        assert self.j.member_of("COE", date(1995, 11, 9))
        # NATO accession (2020) is not recorded: its exact date was not sourced.
        assert not self.j.member_of("NATO", date(2025, 1, 1))

    def test_dated_from_sources_and_bill_exemptions_kept_in_words(self) -> None:
        # Second research pass: placeholder dates replaced. The dual-national and mission exemptions come from the
        # 2014 announcement of the bill, not the enacted text, so they stay in words (not evaluated by the check).
        rule = self.rule("foreign-service")
        assert rule.valid.confirmed_from == date(2018, 8, 7)
        assert all(c.test.value == "in_words" for c in rule.exemptions)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2020, 11, 23)
        assert self.j.instrument("criminal-code").url_note
