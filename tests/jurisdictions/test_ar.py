"""Argentina: no express rule on foreign service, art. 219 of the Penal Code, native nationality that cannot be lost."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestArgentina(JurisdictionCase):
    code = "AR"

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("penal-code:art219",)

    def test_article_219_ranges(self) -> None:
        assert self.provision("penal-code:art219").locator == "art. 219"
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        ranges = {p.label: p.imprisonment for p in rule.penalties}
        assert ranges["basic"] is not None and str(ranges["basic"].min) == "1 year"
        assert str(ranges["basic"].max) == "6 years"
        assert ranges["aggravated"] is not None and str(ranges["aggravated"].max) == "15 years"
        assert ranges["military-aggravated"] is not None and str(ranges["military-aggravated"].max) == "20 years"
        assert str(rule.max_imprisonment) == "20 years"
        assert rule.confidence is Confidence.SECONDARY

    def test_native_nationality_cannot_be_lost(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert "csjn-2007:judgment" in rule.rests_on
        assert self.j.instrument("csjn-2007").citation == "Fallos: 330:1445"
        assert self.j.instrument("cne-2009").adopted == date(2009, 3, 5)

    def test_legion_recruitment_event(self) -> None:
        event = next(e for e in self.j.events if e.id == "legion-campaign-2025")
        assert event.date == date(2025, 4, 10)
        assert "4,800" in event.summary

    def test_infoleg_links_and_dates(self) -> None:
        # Corrected 2026-12-04: the Penal Code linked to a forum (planetaius) and the Constitution to a judgment copy.
        assert self.j.instrument("penal-code").url.endswith("/15000-19999/16546/texact.htm")
        assert self.j.instrument("constitution").url.endswith("/0-4999/804/norma.htm")
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2016, 8, 1)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2009, 3, 5)
