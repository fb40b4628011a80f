"""Croatia: citizenship ends only by release, renunciation or treaty; foreign service and mercenary rules unverified."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestCroatia(JurisdictionCase):
    code = "HR"

    def test_criminal_code_in_force_2013(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.valid.start == date(2013, 1, 1)
        assert "125/11" in (code.citation_local or "")

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.confidence is Confidence.SECONDARY
        assert rule.valid.start == date(1991, 10, 8)
        assert rule.disagreements[0].followed == "mvep-loss"

    def test_foreign_service_unclear_with_press_disagreement(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        (d,) = rule.disagreements
        assert d.followed == "dnevnik-2022-volunteer"
        assert "torinoggi-2022" in d.sources

    def test_mercenary_penalty_unverified(self) -> None:
        rule = self.rule("mercenary")
        assert rule.confidence is Confidence.UNVERIFIED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "3 years"
        assert penalty.imprisonment.min is None

    def test_russian_note_event(self) -> None:
        event = next(e for e in self.j.events if e.id == "russian-note-2022")
        assert event.date == date(2022, 3, 3)
        assert "200" in event.summary

    def test_eu_since_2013(self) -> None:
        assert self.j.member_of("EU", date(2013, 7, 1))
        assert not self.j.member_of("EU", date(2013, 6, 30))

    def test_gazette_portal_and_unverified_mercenary_rule(self) -> None:
        assert [p.host for p in self.j.portals] == ["narodne-novine.nn.hr"]
        assert self.j.instrument("criminal-code").url_note and self.j.instrument("citizenship-act").url_note
        # The 3-year figure comes from a television report only; the article was not found again on 2026-12-04.
        assert self.rule("mercenary").confidence is Confidence.UNVERIFIED
        assert str(self.rule("mercenary").max_imprisonment) == "3 years"
