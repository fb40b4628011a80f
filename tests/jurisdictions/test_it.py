"""Italy: unauthorised enlistment (c.p. art. 288), the mercenary offence (Law 210/1995), citizenship (Law 91/1992)."""

from datetime import date

from legal_ref.models import AuthorityKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestItaly(JurisdictionCase):
    code = "IT"

    def test_recruiting_without_government_approval(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.GOVERNMENT
        basic = next(p for p in rule.penalties if p.label == "basic").imprisonment
        assert basic is not None and str(basic.min) == "4 years" and str(basic.max) == "15 years"
        assert self.provision("codice-penale:art288").locator == "art. 288"

    def test_volunteering_is_unclear(self) -> None:
        assert self.rule("foreign-service").regime is Regime.UNCLEAR

    def test_mercenary_up_to_seven_years(self) -> None:
        assert str(self.rule("mercenary").max_imprisonment) == "7 years"

    def test_citizenship_lost_after_ignoring_an_injunction(self) -> None:
        rule = self.rule("nationality-loss-injunction")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "l91-1992:art12" in rule.rests_on

    def test_2015_terrorism_penalties_changed_on_conversion(self) -> None:
        assert self.rule("terrorism-enlistment-2015-decree").valid.end == date(2015, 4, 21)
        assert str(self.rule("terrorism-enlistment-2015").max_imprisonment) == "8 years"

    def test_service_for_a_state_at_war_with_italy_is_article_242(self) -> None:
        # Added 2026-12-04: art. 242 c.p. was missing although it makes such service a crime.
        rule = self.rule("enemy-service")
        assert rule.rests_on == ("codice-penale:art242",)
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert str(rule.max_imprisonment) == "life"
        assert [c.test.value for c in rule.exemptions] == ["compulsory_service"]

    def test_mercenary_minimum_two_years_and_exemptions(self) -> None:
        # Corrected 2026-12-04: the minimum (2 years) is quoted with the article in commentary on Cass. 24753/2024.
        (basic,) = self.rule("mercenary").penalties
        assert basic.imprisonment is not None and str(basic.imprisonment.min) == "2 years"
        exemptions = self.rule("mercenary").exemptions
        assert "also_national" in {c.test.value for c in exemptions}
        # The regular-forces exemption stays in words: Genoa prosecutors investigated a Legion volunteer in 2022.
        assert "regular_forces" not in {c.test.value for c in exemptions}
        assert self.rule("mercenary").disagreements

    def test_cassation_event_dated_by_the_decision_not_the_blog(self) -> None:
        # Corrected 2026-12-04: the event was dated 2024-09-15 (a blog post); the hearing was 12 March 2024.
        event = next(e for e in self.j.events if e.id == "cassation-24753-2024")
        assert event.date == date(2024, 3, 12)

    def test_citizenship_law_in_force_16_august_1992_with_normattiva_links(self) -> None:
        assert self.rule("nationality-loss-wartime").valid.start == date(1992, 8, 16)
        assert self.rule("nationality-loss-injunction").valid.start == date(1994, 1, 19)
        art12 = self.provision("l91-1992:art12")
        assert art12.url == "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1992-02-05;91~art12"
        assert self.provision("codice-penale:art288").url.endswith(";1398~art288")  # type: ignore[union-attr]
