"""Colombia.

No ban on foreign service, art. 97 treason, art. 96 nationality, and the 2025 Mercenaries Convention bill.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestColombia(JurisdictionCase):
    code = "CO"

    def test_no_specific_law_on_foreign_service(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY

    def test_treason_in_a_war_against_colombia(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.rests_on == ("constitution:art97",)
        assert self.provision("constitution:art97").locator == "art. 97"

    def test_mercenary_convention_bill_status_unclear(self) -> None:
        rule = self.rule("mercenary")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("mercenaries-convention-bill:whole-bill",)
        bill = self.j.instrument("mercenaries-convention-bill")
        assert "156" in bill.citation and "579" in bill.citation
        assert bill.valid.start is None

    def test_congress_vote(self) -> None:
        events = {e.id: e for e in self.j.events}
        vote = events["congress-approval-2025-12"]
        assert vote.date == date(2025, 12, 3)
        assert "94" in vote.summary and "17" in vote.summary
        assert events["mercenaries-bill-filed-2024"].date == date(2024, 8, 21)
        assert "300" in events["murillo-figures-2024-11"].summary

    def test_nationality_by_birth_cannot_be_lost(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.confidence in TEXT_READ
        assert self.provision("constitution:art96").versions[0].amended_by == "Acto Legislativo 01 de 2002, art. 1"
        assert self.j.instrument("nationality-act-2023").citation == "Ley 2332 de 2023"

    def test_senate_link_and_dates(self) -> None:
        # Corrected 2026-12-04: the Constitution linked to a private site; placeholder dates replaced.
        assert self.j.instrument("constitution").url.startswith("http://www.secretariasenado.gov.co/")
        assert self.j.instrument("mercenaries-convention-bill").url_note
        assert self.rule("mercenary").valid.confirmed_from == date(2025, 12, 3)
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2002, 1, 25)
