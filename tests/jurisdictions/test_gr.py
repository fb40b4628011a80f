"""Greece: no provision found on foreign service; art. 16 of the Citizenship Code; the 2019 Penal Code."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestGreece(JurisdictionCase):
    code = "GR"

    def test_penal_code_of_2019(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.citation == "Law 4619/2019 (Government Gazette A' 95, 11 June 2019)"
        assert code.citation_local == "ν. 4619/2019 (ΦΕΚ Α' 95/11.06.2019)"
        assert code.valid.start == date(2019, 7, 1)
        assert self.provision("penal-code:whole-code").locator == "(whole code)"

    def test_citizenship_code_art16(self) -> None:
        code = self.j.instrument("citizenship-code")
        assert code.citation == "Law 3284/2004 (Government Gazette A' 217, 10 November 2004)"
        assert code.valid.start == date(2004, 11, 10)
        art16 = self.provision("citizenship-code:art16")
        assert art16.locator == "άρθρο 16" and art16.locator_en == "art. 16"
        assert "Minister of the Interior" in art16.current.summary
        assert "Citizenship Council" in art16.current.summary

    def test_foreign_service_is_unclear_and_unverified(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("penal-code:whole-code",)
        assert rule.penalties == ()

    def test_nationality_loss_is_unclear(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("citizenship-code:art16",)
        assert rule.valid.start == date(2004, 11, 10)
        assert rule.nationality is None

    def test_coverage_starts_with_the_2019_code(self) -> None:
        assert self.j.coverage.since == date(2019, 7, 1)
        assert self.j.memberships == ()

    def test_placeholder_date_replaced_and_links_explained(self) -> None:
        # Corrected 2026-12-04: confirmed_from was the migration's verification date (2026-11-26).
        assert self.rule("foreign-service").valid.confirmed_from == date(2019, 7, 1)
        assert all(i.url_note for i in self.j.instruments)  # reproductions, not the official ΦΕΚ
