"""Cyprus: no foreign-service offence found; s. 113 Civil Registry Law; UN Mercenaries Convention accession."""

from datetime import date

from legal_ref.models import Confidence, EventKind, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestCyprus(JurisdictionCase):
    code = "CY"

    def test_criminal_code_s5(self) -> None:
        assert self.j.instrument("criminal-code").citation == "Criminal Code, Cap. 154"
        s5 = self.provision("criminal-code:s5")
        assert s5.locator == "άρθρο 5" and s5.locator_en == "s. 5"
        assert s5.current.valid.start == date(2006, 10, 20)
        assert s5.current.amended_by is not None and "130(I) of 2006" in s5.current.amended_by

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert set(rule.rests_on) == {"criminal-code:whole-code", "military-criminal-code:s13"}
        assert self.provision("military-criminal-code:s13").heading == "Προδοσία της χώρας"

    def test_no_nationality_loss_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("civil-registry-law:s113",)
        assert Person.NATURALISED_CITIZENS in rule.binds
        summary = self.provision("civil-registry-law:s113").current.summary
        assert "seven continuous years" in summary and "ten years" in summary

    def test_mercenaries_convention_accession(self) -> None:
        rule = self.rule("mercenary")
        assert rule.regime is Regime.UNCLEAR and rule.confidence is Confidence.UNVERIFIED
        events = {e.id: e for e in self.j.events}
        accession = events["mercenaries-convention-accession-1993"]
        assert accession.date == date(1993, 7, 8)
        assert accession.rules == ("mercenary",)

    def test_terrorism_law_2022(self) -> None:
        event = next(e for e in self.j.events if e.id == "terrorism-law-2022")
        assert event.date == date(2022, 3, 17) and event.kind is EventKind.AMENDMENT
        assert "24 votes to 12" in event.summary

    def test_eu_membership(self) -> None:
        assert self.j.member_of("EU", date(2004, 5, 1))
        assert not self.j.member_of("EU", date(2004, 4, 30))
        assert not self.j.member_of("NATO", date(2025, 1, 1))

    # Second research pass (2026-12-04).

    def test_unofficial_links_say_why(self) -> None:
        # No official consolidated portal was identified: no portal is declared and each link explains itself.
        assert self.j.portals == ()
        for instrument in self.j.instruments:
            assert instrument.url_note, instrument.id
