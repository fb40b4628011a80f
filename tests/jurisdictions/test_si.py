"""Slovenia: no specific offence of foreign service and no loss of citizenship for it (secondary sources)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestSlovenia(JurisdictionCase):
    code = "SI"

    def test_criminal_code(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.citation_local == "KZ-1, Uradni list RS, št. 55/2008"
        assert code.valid.start == date(2008, 11, 1)

    def test_no_offence_of_foreign_service(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.penalties == ()
        assert rule.rests_on == ("criminal-code:whole-code",)
        assert rule.confidence is Confidence.SECONDARY

    def test_no_recruitment_offence_found(self) -> None:
        assert self.rule("recruitment").regime is Regime.NO_SPECIFIC_LAW

    def test_no_loss_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.confidence is Confidence.SECONDARY
        assert self.j.instrument("citizenship-act").adopted == date(1991, 6, 5)

    def test_memberships(self) -> None:
        starts = {m.organisation: m.valid.start for m in self.j.memberships}
        assert starts == {"NATO": date(2004, 3, 29), "EU": date(2004, 5, 1)}

    def test_code_link_is_not_a_judgment(self) -> None:
        # Second research pass: the Criminal Code linked to a Supreme Court opinion on sodnapraksa.si.
        code = self.j.instrument("criminal-code")
        assert "sodnapraksa" not in code.url and code.url_note
        assert {p.host for p in self.j.portals} == {"www.uradni-list.si", "pisrs.si"}
