"""Portugal: Code of Military Justice arts. 26 and 32, terrorism travel offence, nationality by declaration only."""

from datetime import date

from legal_ref.models import Confidence, EventKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestPortugal(JurisdictionCase):
    code = "PT"

    def test_military_justice_code(self) -> None:
        code = self.j.instrument("military-justice-code")
        assert code.citation == "Law No. 100/2003 of 15 November"
        assert code.short_title == "Código de Justiça Militar"
        art26 = self.provision("military-justice-code:art26")
        assert art26.locator == "artigo 26.º" and art26.locator_en == "art. 26"
        assert art26.heading == "Serviço militar em forças armadas inimigas"
        assert self.provision("military-justice-code:art32").locator == "artigo 32.º"

    def test_taking_up_arms_against_portugal(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        penalties = {p.label: p.imprisonment for p in rule.penalties}
        basic = penalties["basic"]
        assert basic is not None and str(basic.min) == "5 years" and str(basic.max) == "15 years"
        enlisting = penalties["wartime-military-enlisting"]
        assert enlisting is not None and str(enlisting.min) == "12 years" and str(enlisting.max) == "20 years"
        fighting = penalties["wartime-military-fighting"]
        assert fighting is not None and str(fighting.max) == "25 years"
        # Read in the 2003 bill, not the enacted code.
        assert rule.confidence is Confidence.UNVERIFIED

    def test_military_members_serving_foreign_states(self) -> None:
        rule = self.rule("foreign-service-military")
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "2 years" and str(penalty.imprisonment.max) == "8 years"
        assert rule.rests_on == ("military-justice-code:art32",)
        assert rule.confidence is Confidence.UNVERIFIED

    def test_terrorism_travel(self) -> None:
        rule = self.rule("terrorism-travel")
        assert rule.regime is Regime.PROHIBITED
        penalties = {p.label: p.imprisonment for p in rule.penalties}
        assert penalties["basic"] is not None and str(penalties["basic"].max) == "5 years"
        assert penalties["facilitation"] is not None and str(penalties["facilitation"].max) == "4 years"
        assert self.j.instrument("terrorism-law").citation == "Law No. 52/2003 of 22 August"
        assert rule.confidence is Confidence.SECONDARY

    def test_nationality_lost_only_by_declaration(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert self.j.instrument("nationality-law").citation == "Law No. 37/81 of 3 October"
        assert self.provision("nationality-law:art8").locator == "artigo 8.º"

    def test_2025_nationality_reform_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        decrees = events["nationality-decrees-2025"]
        assert decrees.date == date(2025, 10, 28)
        assert "157 votes to 64" in decrees.summary and "69.º-D" in decrees.summary
        court = events["constitutional-court-2025-12-15"]
        assert court.kind is EventKind.JUDGMENT
        assert "1133/2025" in court.summary and "1134/2025" in court.summary
        assert events["volunteers-2022-02-28"].date == date(2022, 2, 28)

    def test_dre_eli_links_and_dated_rules(self) -> None:
        # Corrected 2026-12-04: links pointed to pgdlisboa.pt and Scribd; placeholder confirmed_from replaced.
        assert [p.host for p in self.j.portals] == ["data.dre.pt"]
        assert (
            self.j.instrument("military-justice-code").url == "https://data.dre.pt/eli/lei/100/2003/11/15/p/dre/pt/html"
        )
        assert self.j.instrument("nationality-law").url == "https://data.dre.pt/eli/lei/37/1981/10/03/p/dre/pt/html"
        assert self.rule("foreign-service").valid.confirmed_from == date(2006, 10, 18)
        assert self.rule("terrorism-travel").valid.confirmed_from == date(2018, 9, 19)
