"""Hungary: 'tiltott toborzás' for joining non-allied foreign armed organisations; 2025 citizenship suspension."""

from datetime import date

from legal_ref.models import Confidence, EventKind, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestHungary(JurisdictionCase):
    code = "HU"

    def test_instruments(self) -> None:
        assert self.j.instrument("criminal-code").citation == "Act C of 2012"
        assert self.j.instrument("criminal-code").citation_local == "2012. évi C. törvény"
        assert self.j.instrument("citizenship-act").citation == "Act LV of 1993"
        # Section numbers were not confirmed.
        assert self.provision("criminal-code:whole-code").locator == "(whole code)"
        assert self.provision("citizenship-act:whole-act").locator == "(whole act)"

    def test_joining_a_non_allied_armed_organisation(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "1 year" and str(penalty.imprisonment.max) == "5 years"
        assert rule.confidence is Confidence.SECONDARY
        assert rule.condition is not None and "allied armed force" in rule.condition.text

    def test_recruitment_is_unverified(self) -> None:
        rule = self.rule("recruitment")
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()

    def test_citizenship_suspension_for_foreign_army_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.binds == (Person.DUAL_NATIONALS,)
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.nationality.dual_nationals_only is True
        assert rule.nationality.conditions is not None and "ten years" in rule.nationality.conditions
        assert len(rule.exemptions) == 4
        (disagreement,) = rule.disagreements
        assert disagreement.followed == "nepszava-2025-06-21"

    def test_coverage_starts_after_the_2025_amendment(self) -> None:
        assert self.j.coverage.since == date(2025, 7, 1)
        assert self.lib.rules(jurisdiction="HU", as_of=date(2025, 6, 1)).outside_coverage == ("HU",)

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        indictment = events["dpr-fighter-indictment-2017"]
        assert indictment.kind is EventKind.PROSECUTION and indictment.date == date(2017, 10, 11)
        law = events["suspension-law-2025"]
        assert law.date == date(2025, 6, 11) and "133 votes to 48" in law.summary
        assert events["no-suspensions-2025"].kind is EventKind.STATISTICS

    # --- Second research pass (2026-12-04) ---

    def test_placeholder_dates_replaced(self) -> None:
        assert self.rule("foreign-service").valid.confirmed_from == date(2017, 10, 11)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2025, 7, 1)

    def test_njt_portal_and_compulsory_service_exemption(self) -> None:
        from legal_ref.models import ClauseTest

        assert [p.host for p in self.j.portals] == ["njt.hu"]
        assert self.j.instrument("criminal-code").url == "https://njt.hu/jogszabaly/2012-100-00-00"
        assert ClauseTest.COMPULSORY_SERVICE in [e.test for e in self.rule("nationality-loss").exemptions]
