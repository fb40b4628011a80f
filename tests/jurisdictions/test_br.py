"""Brazil: wartime treason in art. 355 of the Military Penal Code, art. 12 § 4 of the Constitution after EC 131/2023."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestBrazil(JurisdictionCase):
    code = "BR"

    def test_service_is_a_crime_only_against_brazil_in_war(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert "military-penal-code:art355" in rule.rests_on
        (penalty,) = rule.penalties
        assert penalty.label == "wartime"
        assert penalty.imprisonment is not None and str(penalty.imprisonment.min) == "20 years"
        assert any("death" in o for o in penalty.other)
        assert rule.confidence is Confidence.SECONDARY

    def test_military_penal_code(self) -> None:
        code = self.j.instrument("military-penal-code")
        assert code.adopted == date(1969, 10, 21)
        art355 = self.provision("military-penal-code:art355")
        assert art355.locator == "art. 355"
        assert art355.heading == "Traição"

    def test_recruitment_unclear(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("penal-code:art206",)

    def test_nationality_not_lost_and_ec131_versions(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.valid.start == date(1988, 10, 5)
        prov = self.provision("constitution:art12-p4")
        assert prov.locator == "art. 12, § 4º"
        assert [v.valid.start for v in prov.versions] == [date(1988, 10, 5), date(2023, 10, 3)]
        assert "131" in (prov.versions[-1].amended_by or "")

    def test_foreign_ministry_alerts(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mre-alert-2025-12"].date == date(2025, 12, 2)
        feb = events["mre-alert-2026-02"]
        assert feb.date == date(2026, 2, 12)
        assert "22" in feb.summary and "44" in feb.summary

    def test_planalto_links_and_dates(self) -> None:
        # Corrected 2026-12-04: links went to a consulate page, a vade-mecum site and a course site.
        assert (
            self.j.instrument("penal-code").url
            == "https://www.planalto.gov.br/ccivil_03/decreto-lei/del2848compilado.htm"
        )
        assert self.j.instrument("military-penal-code").url.endswith("/decreto-lei/del1001.htm")
        assert self.rule("foreign-service").valid.confirmed_from == date(2012, 12, 31)
        assert self.rule("foreign-service").rests_on == ("military-penal-code:art355",)
