"""Peru: nationality lost only by express renunciation (Constitution art. 53); foreign enlistment unclear."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from legal_ref.periods import TimeStatus
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestPeru(JurisdictionCase):
    code = "PE"

    def test_nationality_lost_only_by_renunciation(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.topic is Topic.NATIONALITY_LOSS
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("constitution:art53",)
        assert self.provision("constitution:art53").locator == "Artículo 53"
        # Read on lpderecho.pe, not on SPIJ.
        assert rule.confidence is Confidence.REPRODUCTION and rule.confidence in TEXT_READ
        # No dated source shows this text before it was read: in force from then, unknown before.
        self.assert_in_force("nationality-loss", date(2026, 12, 4))
        assert self.rule("nationality-loss").status_on(date(2024, 1, 1)) is TimeStatus.UNKNOWN

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()

    def test_portal_links_are_noted(self) -> None:
        assert {p.host for p in self.j.portals} == {"spij.minjus.gob.pe"}
        assert all(i.url_note for i in self.j.instruments)

    def test_penal_code_citation(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.citation == "Decreto Legislativo No. 635"
        assert code.adopted == date(1991, 4, 3)
