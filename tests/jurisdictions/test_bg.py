"""Bulgaria: no loss of citizenship by birth for foreign service (Constitution art. 25(3)); foreign service unclear."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestBulgaria(JurisdictionCase):
    code = "BG"

    def test_citizenship_act(self) -> None:
        act = self.j.instrument("citizenship-act")
        assert act.title == "Закон за българското гражданство"
        assert act.valid.start == date(1999, 2, 20)
        assert "136" in act.citation and "1998" in act.citation
        art25 = self.provision("constitution:art25")
        assert art25.locator == "чл. 25" and art25.locator_en == "art. 25"

    def test_citizens_by_birth_keep_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert "constitution:art25" in rule.rests_on
        assert rule.confidence is Confidence.SECONDARY

    def test_naturalised_citizens_unclear(self) -> None:
        rule = self.rule("nationality-loss-naturalised")
        assert rule.binds == (Person.NATURALISED_CITIZENS,)
        assert rule.regime is Regime.UNCLEAR and rule.confidence is Confidence.UNVERIFIED

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert "criminal-code:whole-code" in rule.rests_on

    def test_statistics_2019(self) -> None:
        event = next(e for e in self.j.events if e.id == "citizenship-statistics-2019")
        assert "28" in event.summary and "209" in event.summary

    def test_memberships(self) -> None:
        assert self.j.member_of("NATO", date(2004, 3, 29))
        assert self.j.member_of("EU", date(2007, 1, 1))
        assert not self.j.member_of("EU", date(2006, 12, 31))

    def test_private_database_links_are_labelled(self) -> None:
        # Second research pass: Ciela and lex.bg are private databases, not the official publication.
        assert [p.host for p in self.j.portals] == ["www.parliament.bg"]
        for instrument_id in ("constitution", "citizenship-act", "criminal-code"):
            assert self.j.instrument(instrument_id).url_note
        assert not self.j.source("ciela-zbg").official
        assert self.rule("foreign-service").regime is Regime.UNCLEAR
